import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { perimetrePrescriptionsOperateur } from "@/lib/authz/perimetre";
import { exigerPermission } from "@/lib/authz/permissions";
import { ErreurIntrouvable, ErreurMetier } from "@/lib/errors";
import { calculerOccupation } from "@/lib/catalogue/domain/occupation";
import { effetSurParticipants, transitionPrescription, type EvenementPrescription, type StatutPrescription } from "../domain/cycle";

export interface SuiviPrescription {
  id: string;
  version: number;
  evenement: EvenementPrescription;
  date: Date;
  motif: string | null;
  typeSortie: string | null;
}

/**
 * L'opérateur (ou le chargé de mission) répond à une prescription sur une action de sa structure,
 * enregistre l'entrée puis la sortie ou l'abandon. Les participants en cours de l'action suivent.
 */
export async function suivrePrescription({ acteur, db }: Contexte, d: SuiviPrescription) {
  exigerPermission(acteur, "prescriptions:suivre");
  if (d.evenement === "refuser" && !d.motif) throw new ErreurMetier("motif", "Indiquez le motif du refus.", { motif: ["Indiquez le motif du refus."] });
  if (d.evenement === "abandonner" && !d.motif) throw new ErreurMetier("motif", "Indiquez le motif de l'abandon.", { motif: ["Indiquez le motif de l'abandon."] });
  if (d.evenement === "sortir" && !d.typeSortie) throw new ErreurMetier("sortie", "Indiquez le type de sortie.", { typeSortie: ["Indiquez le type de sortie."] });
  return db.$transaction(async (tx) => {
    const p = await tx.prescription.findFirst({ where: { AND: [{ id: d.id }, perimetrePrescriptionsOperateur(acteur)] }, select: { id: true, statut: true, version: true, actionId: true } });
    if (!p) throw new ErreurIntrouvable("Prescription");
    const t = transitionPrescription(p.statut as StatutPrescription, d.evenement);
    if (!t.ok) throw new ErreurMetier("transition", t.message);
    const effet = effetSurParticipants(p.statut as StatutPrescription, t.vers);
    if (effet !== 0) {
      await tx.$queryRaw`SELECT id FROM action_insertion WHERE id = ${p.actionId} FOR UPDATE`;
      const action = await tx.actionInsertion.findUniqueOrThrow({ where: { id: p.actionId } });
      if (effet > 0 && calculerOccupation(action.capacite, action.uniteCapacite, action.participantsEnCours).complete) {
        throw new ErreurMetier("capacite", "L'action est complète : l'entrée ne peut pas être enregistrée.");
      }
      await tx.actionInsertion.update({ where: { id: p.actionId }, data: { participantsEnCours: Math.max(0, action.participantsEnCours + effet), version: { increment: 1 } } }); // un formulaire du catalogue ouvert avant ne réécrit pas un effectif périmé
    }
    const maj = await tx.prescription.updateMany({
      where: { id: d.id, version: d.version },
      data: {
        statut: t.vers,
        version: { increment: 1 },
        ...(d.evenement === "accepter" || d.evenement === "refuser" ? { dateReponse: d.date } : {}),
        ...(d.evenement === "refuser" ? { motifRefus: d.motif } : {}),
        ...(d.evenement === "entrer" ? { dateEntree: d.date } : {}),
        ...(d.evenement === "sortir" ? { dateSortie: d.date, typeSortie: d.typeSortie } : {}),
        ...(d.evenement === "abandonner" ? { dateSortie: d.date, motifAbandon: d.motif } : {}),
      },
    });
    if (maj.count === 0) throw new ErreurMetier("conflit", "Cette prescription a été modifiée entre-temps : rechargez la page.");
    await journaliser(tx, acteur, { operation: "MODIFICATION", entite: "Prescription", entiteId: d.id, details: { statut: t.vers } });
    return { id: d.id };
  });
}
