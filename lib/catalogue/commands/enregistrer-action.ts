import "server-only";
import type { Contexte } from "@/lib/contexte";
import type { Prisma } from "@/lib/generated/prisma/client";
import { journaliser } from "@/lib/audit/journaliser";
import { referentielTerritoires } from "@/lib/authz/perimetre";
import { ErreurIntrouvable, ErreurMetier } from "@/lib/errors";
import { perimetreActionsModifiables } from "../perimetre";
import type { DonneesAction } from "../schemas";

export const MESSAGE_CONFLIT =
  "Cette action a été modifiée par quelqu'un d'autre pendant votre saisie. Vos modifications n'ont pas été enregistrées : rechargez la page pour repartir de la dernière version.";

/**
 * Crée ou modifie une action du catalogue, en une transaction : vérifie le porteur, le programme,
 * l'axe et les territoires dans le département de l'acteur, applique la concurrence optimiste
 * (numéro de version) et journalise.
 */
export async function enregistrerAction({ acteur, db }: Contexte, donnees: DonneesAction) {
  return db.$transaction(async (tx) => {
    const erreurs: Record<string, string[]> = {};

    // l'opérateur ne crée et ne modifie que pour sa propre structure
    const structureId = acteur.role === "OPERATEUR" ? acteur.structureId : donnees.structureId;
    if (acteur.role === "OPERATEUR" && donnees.structureId && donnees.structureId !== acteur.structureId) {
      erreurs.structureId = ["Vous ne pouvez déclarer que des actions de votre structure."];
    }
    if (structureId && !(await tx.structure.count({ where: { id: structureId, departementId: acteur.departementId } }))) {
      erreurs.structureId = ["Choisissez un porteur de la liste."];
    }
    if (donnees.programmeId && !(await tx.programme.count({ where: { id: donnees.programmeId, departementId: acteur.departementId } }))) {
      erreurs.programmeId = ["Choisissez un programme de la liste."];
    }
    if (donnees.axeId) {
      const axe = await tx.axeProgramme.findFirst({ where: { id: donnees.axeId, programme: { departementId: acteur.departementId } }, select: { programmeId: true } });
      if (!axe) erreurs.axeId = ["Choisissez un axe de la liste."];
      else if (donnees.programmeId && axe.programmeId !== donnees.programmeId) erreurs.axeId = ["Cet axe n'appartient pas au programme choisi."];
    }
    const territoires = donnees.toutDepartement ? [] : [...new Set(donnees.territoires)];
    if (territoires.length && (await tx.territoire.count({ where: { AND: [{ id: { in: territoires } }, referentielTerritoires(acteur)] } })) !== territoires.length) {
      erreurs.territoires = ["Un des territoires choisis n'existe pas dans votre département."];
    }
    if (Object.keys(erreurs).length) throw new ErreurMetier("validation", "Le formulaire contient des erreurs.", erreurs);

    const champs = {
      code: donnees.code,
      intitule: donnees.intitule,
      structureId,
      programmeId: donnees.programmeId,
      axeId: donnees.axeId,
      visee: donnees.visee,
      freins: donnees.freins,
      publics: donnees.publics,
      objectifs: donnees.objectifs,
      publicCible: donnees.publicCible,
      toutDepartement: donnees.toutDepartement,
      secteurGeographique: donnees.secteurGeographique,
      lieuIntervention: donnees.lieuIntervention,
      modalites: donnees.modalites,
      modeIntervention: donnees.modeIntervention ?? null,
      entreesSortiesPermanentes: donnees.entreesSortiesPermanentes,
      heuresHebdo: donnees.heuresHebdo,
      duree: donnees.duree,
      modalitesPrescription: donnees.modalitesPrescription,
      contacts: donnees.contacts,
      capacite: donnees.capacite,
      uniteCapacite: donnees.uniteCapacite ?? null,
      participantsEnCours: donnees.participantsEnCours,
      listeAttente: donnees.listeAttente,
      dateDebut: donnees.dateDebut,
      dateFin: donnees.dateFin,
      nature: donnees.nature ?? null,
    } satisfies Prisma.ActionInsertionUncheckedUpdateInput;

    if (donnees.id) {
      const existante = await tx.actionInsertion.findFirst({ where: { AND: [{ id: donnees.id }, perimetreActionsModifiables(acteur)] }, select: { id: true } });
      if (!existante) throw new ErreurIntrouvable("Action");
      // concurrence optimiste : la mise à jour ne passe que si personne n'a enregistré entre-temps
      const maj = await tx.actionInsertion.updateMany({
        where: { id: donnees.id, version: donnees.version ?? -1 },
        data: { ...champs, version: { increment: 1 } },
      });
      if (maj.count === 0) throw new ErreurMetier("conflit", MESSAGE_CONFLIT);
      await tx.actionTerritoire.deleteMany({ where: { actionId: donnees.id } });
      if (territoires.length) await tx.actionTerritoire.createMany({ data: territoires.map((territoireId) => ({ actionId: donnees.id!, territoireId })) });
      await journaliser(tx, acteur, { operation: "MODIFICATION", entite: "ActionInsertion", entiteId: donnees.id });
      return { id: donnees.id };
    }

    if (acteur.role === "OPERATEUR" && !acteur.structureId) throw new ErreurMetier("permission", "Votre compte n'est rattaché à aucune structure.");
    const creee = await tx.actionInsertion.create({
      data: { ...champs, departementId: acteur.departementId, territoires: { create: territoires.map((territoireId) => ({ territoireId })) } },
      select: { id: true },
    });
    await journaliser(tx, acteur, { operation: "CREATION", entite: "ActionInsertion", entiteId: creee.id });
    return creee;
  });
}
