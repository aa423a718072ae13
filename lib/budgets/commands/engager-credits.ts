import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { perimetreConventions } from "@/lib/authz/perimetre";
import { ErreurIntrouvable, ErreurMetier } from "@/lib/errors";
import { verifierEngagement } from "../domain/credits";
import { etatLigne } from "../queries/etat-ligne";

export interface DonneesEngagement {
  ligneId: string;
  montantCentimes: number;
  libelle: string;
  dateEngagement: Date;
  conventionId: string | null;
  numeroEngagement: string | null;
}

/**
 * Engage des crédits sur une ligne. La ligne est verrouillée (SELECT … FOR UPDATE) le temps de la
 * transaction : deux engagements simultanés s'exécutent l'un après l'autre et le second voit le premier,
 * si bien que la ligne ne peut jamais être dépassée.
 */
export async function engagerCredits({ acteur, db }: Contexte, d: DonneesEngagement) {
  return db.$transaction(async (tx) => {
    const verrou = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM ligne_budgetaire WHERE id = ${d.ligneId} AND departement_id = ${acteur.departementId} FOR UPDATE`;
    if (!verrou.length) throw new ErreurIntrouvable("Ligne budgétaire");
    if (d.conventionId && !(await tx.convention.count({ where: { AND: [{ id: d.conventionId }, perimetreConventions(acteur)] } }))) {
      throw new ErreurMetier("convention", "Convention inconnue.", { conventionId: ["Choisissez une convention de la liste."] });
    }
    const verdict = verifierEngagement(await etatLigne(tx, d.ligneId), d.montantCentimes);
    if (!verdict.ok) throw new ErreurMetier("credits", verdict.message, { montant: [verdict.message] });
    const engagement = await tx.engagement.create({
      data: {
        ligneId: d.ligneId,
        conventionId: d.conventionId,
        libelle: d.libelle,
        montantCentimes: BigInt(d.montantCentimes),
        dateEngagement: d.dateEngagement,
        numeroEngagement: d.numeroEngagement,
        auteurId: acteur.id,
      },
    });
    await journaliser(tx, acteur, { operation: "CREATION", entite: "Engagement", entiteId: engagement.id, details: { ligneId: d.ligneId, montantCentimes: d.montantCentimes } });
    return { id: engagement.id, ligneId: d.ligneId };
  });
}
