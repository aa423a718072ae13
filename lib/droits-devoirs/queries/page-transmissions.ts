import "server-only";
import type { Contexte } from "@/lib/contexte";
import { exigerPermission } from "@/lib/authz/permissions";
import { ErreurIntrouvable } from "@/lib/errors";
import { journaliser } from "@/lib/audit/journaliser";

/** Fichiers CAF déjà produits et jours ayant des décisions à transmettre. */
export async function pageTransmissions({ acteur, db }: Contexte) {
  exigerPermission(acteur, "transmissions:generer");
  const [transmissions, enAttente] = await Promise.all([
    db.transmissionCaf.findMany({ where: { departementId: acteur.departementId }, orderBy: { jour: "desc" }, take: 60, select: { id: true, jour: true, nbDecisions: true, creeLe: true } }),
    db.decisionSanction.groupBy({ by: ["decideLe"], where: { departementId: acteur.departementId, transmissionId: null, type: { not: "MAINTIEN" } }, _count: { _all: true }, orderBy: { decideLe: "desc" }, take: 60 }),
  ]);
  return { transmissions, enAttente: enAttente.map((j) => ({ jour: j.decideLe, nb: j._count._all })) };
}

export async function fichierTransmission({ acteur, db }: Contexte, id: string) {
  exigerPermission(acteur, "transmissions:generer");
  const t = await db.transmissionCaf.findFirst({ where: { id, departementId: acteur.departementId } });
  if (!t) throw new ErreurIntrouvable("Transmission");
  await journaliser(db, acteur, { operation: "EXPORT", entite: "TransmissionCaf", entiteId: t.id });
  return t;
}
