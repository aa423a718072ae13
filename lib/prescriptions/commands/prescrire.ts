import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { perimetrePersonnes } from "@/lib/authz/perimetre";
import { exigerPermission } from "@/lib/authz/permissions";
import { ErreurIntrouvable, ErreurMetier } from "@/lib/errors";
import type { Unite } from "@/lib/catalogue/domain/libelles";
import { motifNonPrescriptible } from "../domain/prescriptible";

/**
 * Le référent positionne une personne de sa file active sur une action du catalogue. L'action est
 * verrouillée : la capacité tient compte des participants en cours et des prescriptions déjà acceptées.
 */
export async function prescrire({ acteur, db }: Contexte, d: { personneId: string; actionId: string }, aujourdHui = new Date()) {
  exigerPermission(acteur, "prescriptions:prescrire");
  return db.$transaction(async (tx) => {
    const personne = await tx.personne.findFirst({ where: { AND: [{ id: d.personneId }, perimetrePersonnes(acteur, aujourdHui)] }, select: { id: true } });
    if (!personne) throw new ErreurIntrouvable("Dossier");
    const verrou = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM action_insertion WHERE id = ${d.actionId} AND departement_id = ${acteur.departementId} FOR UPDATE`;
    if (!verrou.length) throw new ErreurMetier("action", "Action inconnue.", { actionId: ["Choisissez une action du catalogue."] });
    const action = await tx.actionInsertion.findUniqueOrThrow({ where: { id: d.actionId } });
    const enCours = await tx.prescription.count({ where: { personneId: d.personneId, actionId: d.actionId, statut: { in: ["PROPOSEE", "ACCEPTEE", "ENTREE"] } } });
    if (enCours) throw new ErreurMetier("doublon", "Cette personne est déjà positionnée sur cette action.", { actionId: ["Déjà positionnée sur cette action."] });
    const acceptees = await tx.prescription.count({ where: { actionId: d.actionId, statut: "ACCEPTEE" } });
    const jour = new Date(Date.UTC(aujourdHui.getUTCFullYear(), aujourdHui.getUTCMonth(), aujourdHui.getUTCDate()));
    const message = motifNonPrescriptible({ ...action, uniteCapacite: action.uniteCapacite as Unite | null }, acceptees, jour);
    if (message) throw new ErreurMetier("capacite", message, { actionId: [message] });
    const prescription = await tx.prescription.create({ data: { personneId: d.personneId, actionId: d.actionId, prescripteurId: acteur.id, dateProposition: jour } });
    await journaliser(tx, acteur, { operation: "CREATION", entite: "Prescription", entiteId: prescription.id, details: { personneId: d.personneId, actionId: d.actionId } });
    return { id: prescription.id, personneId: d.personneId };
  });
}
