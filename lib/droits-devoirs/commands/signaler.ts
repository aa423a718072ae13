import "server-only";
import type { Contexte } from "@/lib/contexte";
import { Prisma } from "@/lib/generated/prisma/client";
import { journaliser } from "@/lib/audit/journaliser";
import { exigerPermission } from "@/lib/authz/permissions";
import { ErreurMetier } from "@/lib/errors";
import { chargerPersonne, jourDe } from "./commun";

/** Le référent signale un manquement (non-respect, radiation France Travail, refus de signer, absences). */
export async function signalerManquement({ acteur, db }: Contexte, d: { personneId: string; motif: "NON_RESPECT_ENGAGEMENTS" | "RADIATION_FRANCE_TRAVAIL" | "REFUS_SIGNATURE" | "ABSENCES_REPETEES"; detail: string }, aujourdHui = new Date()) {
  exigerPermission(acteur, "manquements:signaler");
  return db.$transaction(async (tx) => {
    const p = await chargerPersonne(tx, acteur, d.personneId);
    const [instance] = await tx.$queryRaw<{ id: string }[]>`
      SELECT r.id FROM territoire t JOIN territoire r ON r.departement_id = t.departement_id AND r.type IN ('POLE_INSERTION', 'COMMISSION_RSA') AND t.chemin LIKE r.chemin || '%'
      WHERE t.id = ${p.foyer.territoireId} ORDER BY length(r.chemin) DESC LIMIT 1`;
    if (!instance) throw new ErreurMetier("territoire", "La commune de résidence n'est rattachée à aucun pôle ni commission RSA.");
    try {
      const s = await tx.situationExamen.create({
        data: { departementId: p.foyer.departementId, personneId: p.id, territoireId: instance.id, motif: d.motif, detail: d.detail, detecteeLe: jourDe(aujourdHui), signaleeParId: acteur.id },
      });
      await journaliser(tx, acteur, { operation: "CREATION", entite: "SituationExamen", entiteId: s.id, details: { personneId: p.id, motif: d.motif } });
      return { id: s.id, personneId: p.id };
    } catch (e) {
      if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
        throw new ErreurMetier("doublon", "Une situation est déjà ouverte pour ce motif : complétez-la plutôt que d'en créer une autre.", { motif: ["Une situation est déjà ouverte pour ce motif."] });
      }
      throw e;
    }
  });
}
