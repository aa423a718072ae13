import "server-only";
import type { Contexte } from "@/lib/contexte";
import { exigerPermission } from "@/lib/authz/permissions";
import { decalage, pageDe } from "@/lib/pagination";

/** Boîte d'envoi du département (administrateur) : messages et leur statut. */
export async function listerMessages({ acteur, db }: Contexte, page: number) {
  exigerPermission(acteur, "messages:lire");
  const where = { departementId: acteur.departementId };
  const [lignes, total, parStatut] = await Promise.all([
    db.messageSortant.findMany({ where, orderBy: [{ creeLe: "desc" }, { id: "desc" }], ...decalage(page), select: { id: true, canal: true, destinataire: true, objet: true, corps: true, statut: true, tentatives: true, erreur: true, creeLe: true, envoyeLe: true } }),
    db.messageSortant.count({ where }),
    db.messageSortant.groupBy({ by: ["statut"], where, _count: { _all: true } }),
  ]);
  return { page: pageDe(lignes, total, page), parStatut: Object.fromEntries(parStatut.map((s) => [s.statut, s._count._all])) as Record<string, number> };
}
