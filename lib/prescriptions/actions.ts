"use server";

import { z } from "zod";
import { actionSecurisee } from "@/lib/actions/action-securisee";
import type { EtatFormulaire } from "@/lib/actions/etat-formulaire";
import { dateObligatoire } from "@/lib/budgets/schemas";
import { choix, dateJour, decimal, entier, identifiant, texte, texteFacultatif } from "@/lib/validation";
import { HEURES_MAX_SEMAINE, STATUTS_PRESENCE } from "./domain/presences";
import { enregistrerPresence } from "./commands/enregistrer-presence";
import { prescrire } from "./commands/prescrire";
import { suivrePrescription } from "./commands/suivre-prescription";

const prescription = actionSecurisee({
  schema: z.object({ personneId: identifiant("La personne"), actionId: z.string({ error: "Choisissez une action." }).min(1, "Choisissez une action.") }),
  permission: "prescriptions:prescrire",
  executer: ({ acteur, db, donnees }) => prescrire({ acteur, db }, donnees),
  revalider: (r) => [`/beneficiaires/${r.personneId}`],
  messageSucces: "Prescription envoyée au porteur de l'action.",
});
export async function prescrireAction(etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  return prescription(etat, formData);
}

const MESSAGES_SUIVI = {
  accepter: "Prescription acceptée.",
  refuser: "Prescription refusée.",
  entrer: "Entrée enregistrée.",
  sortir: "Sortie enregistrée.",
  abandonner: "Abandon enregistré.",
} as const;

const suivi = actionSecurisee({
  schema: z.object({
    id: identifiant(),
    version: entier({ libelle: "La version" }),
    evenement: z.enum(["accepter", "refuser", "entrer", "sortir", "abandonner"]),
    date: dateObligatoire("La date"),
    motif: texteFacultatif(500, "Le motif"),
    typeSortie: texteFacultatif(40, "Le type de sortie"),
  }),
  permission: "prescriptions:suivre",
  executer: ({ acteur, db, donnees }) => suivrePrescription({ acteur, db }, donnees),
  revalider: () => ["/prescriptions", "/catalogue"],
  // un message par étape
  messageSucces: (_r, d) => MESSAGES_SUIVI[d.evenement],
});
export async function suivrePrescriptionAction(etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  return suivi(etat, formData);
}

const presence = actionSecurisee({
  schema: z.object({
    prescriptionId: identifiant("La prescription"),
    semaine: dateJour({ libelle: "La semaine", requis: true }),
    statut: choix(STATUTS_PRESENCE, "la présence"),
    heures: decimal({ min: 0, max: HEURES_MAX_SEMAINE, libelle: "Les heures" }),
    commentaire: texte({ max: 500, libelle: "Le commentaire" }),
  }),
  permission: "prescriptions:suivre",
  executer: ({ acteur, db, donnees }) => enregistrerPresence({ acteur, db }, donnees),
  revalider: (r) => [`/prescriptions/${r.prescriptionId}/presences`],
  messageSucces: "Présence enregistrée.",
});
export async function enregistrerPresenceAction(etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  return presence(etat, formData);
}
