"use server";

import { actionSecurisee } from "@/lib/actions/action-securisee";
import type { EtatFormulaire } from "@/lib/actions/etat-formulaire";
import { demanderAide } from "./commands/demander-aide";
import { faireAvancerAide } from "./commands/faire-avancer-aide";
import { schemaDemandeAide, schemaEtapeAide } from "./schemas";

const demande = actionSecurisee({
  schema: schemaDemandeAide,
  permission: "aides:demander",
  executer: ({ acteur, db, donnees: { montant, ...d } }) => demanderAide({ acteur, db }, { ...d, montantCentimes: montant }),
  revalider: (r) => [`/beneficiaires/${r.personneId}/aides`, "/aides"],
  messageSucces: "Demande d'aide enregistrée : elle est transmise au chargé de mission.",
});
export async function demanderAideAction(etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  return demande(etat, formData);
}

const etape = actionSecurisee({
  schema: schemaEtapeAide,
  permission: "aides:decider",
  executer: ({ acteur, db, donnees: { montant, ...d } }) => faireAvancerAide({ acteur, db }, { ...d, montantCentimes: montant ?? null }),
  revalider: (r) => [`/aides/${r.id}`, "/aides", `/beneficiaires/${r.personneId}/aides`],
  messageSucces: "Demande mise à jour.",
});
export async function faireAvancerAideAction(etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  return etape(etat, formData);
}
