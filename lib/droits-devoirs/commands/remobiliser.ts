import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { exigerPermission } from "@/lib/authz/permissions";
import { ErreurIntrouvable, ErreurMetier } from "@/lib/errors";
import { montantRestituable } from "../domain/bareme";
import { perimetreSituations } from "../perimetre";
import { jourDe } from "./commun";

/**
 * La personne reprend ses engagements (contrat signé, rendez-vous honoré) : la suspension prend fin et
 * les sommes retenues jusque-là sont restituées, dans la limite de trois mois de RSA.
 */
export async function enregistrerRemobilisation({ acteur, db }: Contexte, d: { decisionId: string; motif: "CONTRAT_SIGNE" | "RENDEZ_VOUS_HONORE"; jour: Date }, aujourdHui = new Date()) {
  exigerPermission(acteur, "remobilisation:enregistrer");
  return db.$transaction(async (tx) => {
    const decision = await tx.decisionSanction.findFirst({ where: { id: d.decisionId, situation: perimetreSituations(acteur) } });
    if (!decision) throw new ErreurIntrouvable("Décision");
    await tx.$executeRaw`SELECT 1 FROM decision_sanction WHERE id = ${decision.id} FOR UPDATE`;
    if (decision.type !== "SUSPENSION_REMOBILISATION") throw new ErreurMetier("type", "Seule une suspension-remobilisation peut prendre fin par la remobilisation.");
    if (decision.remobiliseeLe) throw new ErreurMetier("deja", "La remobilisation est déjà enregistrée.");
    if (decision.devenueDefinitiveLe) throw new ErreurMetier("definitive", "La suspension est devenue définitive : seul un rétablissement, décidé en commission, rend les droits.");
    if (d.jour.getTime() > jourDe(aujourdHui).getTime()) throw new ErreurMetier("date", "La date ne peut pas être dans le futur.", { jour: ["Date dans le futur."] });
    if (d.jour.getTime() < decision.decideLe.getTime()) throw new ErreurMetier("date", "La remobilisation suit la décision.", { jour: ["Date antérieure à la décision."] });
    // sommes effectivement retenues : mois de suspension entamés avant la remobilisation
    const moisEcoules = Math.max(0, (d.jour.getUTCFullYear() - decision.dateEffet.getUTCFullYear()) * 12 + d.jour.getUTCMonth() - decision.dateEffet.getUTCMonth() + (d.jour.getTime() >= decision.dateEffet.getTime() ? 1 : 0));
    const retenu = Math.min(decision.montantSuspenduCentimes, Math.round((decision.montantMensuelCentimes * (decision.pourcentage ?? 0) * Math.min(moisEcoules, decision.dureeMois ?? 0)) / 100));
    const restitue = montantRestituable(retenu, decision.montantMensuelCentimes);
    await tx.decisionSanction.update({ where: { id: decision.id }, data: { remobiliseeLe: d.jour, remobilisationMotif: d.motif, montantRestitueCentimes: restitue, dateFin: d.jour.getTime() < (decision.dateFin?.getTime() ?? Infinity) ? d.jour : decision.dateFin } });
    await journaliser(tx, acteur, { operation: "MODIFICATION", entite: "DecisionSanction", entiteId: decision.id, details: { remobilisation: d.motif, restitueCentimes: restitue } });
    return { id: decision.id, situationId: decision.situationId, restitueCentimes: restitue };
  });
}
