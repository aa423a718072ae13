"use server";

import { actionSecurisee } from "@/lib/actions/action-securisee";
import type { EtatFormulaire } from "@/lib/actions/etat-formulaire";
import { z, choix, entier, identifiant, texte } from "@/lib/validation";
import { faireAvancerBilan } from "./commands/faire-avancer-bilan";

const schema = z.object({
  id: identifiant("Le bilan"),
  version: entier({ min: 1, libelle: "La version" }),
  evenement: choix(["soumettre", "valider", "renvoyer"], "la décision"),
  motif: texte({ max: 1000, libelle: "Le motif" }),
});

// seuls ceux qui saisissent des bilans (opérateur, chargé de mission, administrateur) passent ; la permission
// fine (structure ou département, soumettre ou valider) dépend de l'événement : vérifiée par la commande
const etape = actionSecurisee({
  schema,
  permission: "bilans:saisir",
  executer: ({ acteur, db, donnees }) => faireAvancerBilan({ acteur, db }, donnees),
  revalider: (r) => [`/conventions/${r.conventionId}`],
  messageSucces: "Bilan mis à jour.",
});
export async function faireAvancerBilanAction(etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  return etape(etat, formData);
}
