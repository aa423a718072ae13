import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { ErreurIntrouvable, ErreurMetier } from "@/lib/errors";
import { verifierMouvement } from "../domain/credits";
import { etatLigne } from "../queries/etat-ligne";

export interface DonneesMouvement {
  type: "REDEPLOIEMENT" | "REPORT";
  sourceId: string;
  cibleId: string;
  montantCentimes: number;
  motif: string;
  dateMouvement: Date;
}

/**
 * Redéploie des crédits non engagés vers une autre ligne du même programme, ou les reporte sur un
 * exercice suivant. Les deux lignes sont verrouillées dans un ordre fixe (pas d'interblocage).
 */
export async function deplacerCredits({ acteur, db }: Contexte, d: DonneesMouvement) {
  if (d.sourceId === d.cibleId) throw new ErreurMetier("cible", "Choisissez une ligne différente.", { cibleId: ["La ligne de destination doit être différente de la ligne d'origine."] });
  return db.$transaction(async (tx) => {
    const ids = [d.sourceId, d.cibleId].sort();
    const verrous = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM ligne_budgetaire WHERE id IN (${ids[0]}, ${ids[1]}) AND departement_id = ${acteur.departementId} ORDER BY id FOR UPDATE`;
    if (verrous.length !== 2) throw new ErreurIntrouvable("Ligne budgétaire");
    const source = await etatLigne(tx, d.sourceId);
    const cible = await etatLigne(tx, d.cibleId);
    if (source.programmeId !== cible.programmeId) {
      throw new ErreurMetier("cible", "Les crédits restent dans le même programme.", { cibleId: ["Choisissez une ligne du même programme."] });
    }
    if (d.type === "REPORT" && cible.exercice <= source.exercice) {
      throw new ErreurMetier("cible", "Un report va vers un exercice suivant.", { cibleId: ["Choisissez une ligne d'un exercice postérieur."] });
    }
    const verdict = verifierMouvement(source, d.montantCentimes);
    if (!verdict.ok) throw new ErreurMetier("credits", verdict.message, { montant: [verdict.message] });
    const mouvement = await tx.mouvementBudgetaire.create({
      data: { type: d.type, sourceId: d.sourceId, cibleId: d.cibleId, montantCentimes: BigInt(d.montantCentimes), motif: d.motif, dateMouvement: d.dateMouvement, auteurId: acteur.id },
    });
    await journaliser(tx, acteur, { operation: "CREATION", entite: "MouvementBudgetaire", entiteId: mouvement.id, details: { ...d, dateMouvement: d.dateMouvement.toISOString() } });
    return { id: mouvement.id, ligneId: d.sourceId };
  });
}
