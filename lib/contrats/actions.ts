"use server";

import { redirect } from "next/navigation";
import { actionSecurisee } from "@/lib/actions/action-securisee";
import type { EtatFormulaire } from "@/lib/actions/etat-formulaire";
import { schemaContrat, schemaEvenementContrat, schemaRenouvellement } from "./schemas";
import { enregistrerContrat } from "./commands/enregistrer-contrat";
import { annulerRupture, rompreContrat, renouvelerContrat, signerContrat, validerContrat } from "./commands/cycle-contrat";

const chemins = (r: { id: string; personneId: string }) => ["/beneficiaires", `/beneficiaires/${r.personneId}`, `/contrats/${r.id}`];

const enregistrer = actionSecurisee({
  schema: schemaContrat,
  permission: "contrats:rediger",
  executer: ({ acteur, db, donnees }) => enregistrerContrat({ acteur, db }, donnees),
  revalider: chemins,
});
export async function enregistrerContratAction(etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  const r = await enregistrer(etat, formData);
  if (r.statut === "succes") redirect(`/contrats/${r.resultat.id}?enregistre=1`);
  return r;
}

const evenement = actionSecurisee({
  schema: schemaEvenementContrat,
  permission: "beneficiaires:lire",
  executer: ({ acteur, db, donnees }) => {
    const date = donnees.date ?? new Date();
    if (donnees.evenement === "signer") return signerContrat({ acteur, db }, { id: donnees.id, version: donnees.version, date });
    if (donnees.evenement === "valider") return validerContrat({ acteur, db }, { id: donnees.id, version: donnees.version });
    if (donnees.evenement === "annulerRupture") return annulerRupture({ acteur, db }, { id: donnees.id, version: donnees.version, motif: donnees.motif });
    return rompreContrat({ acteur, db }, { id: donnees.id, version: donnees.version, motif: donnees.motif });
  },
  revalider: chemins,
});
export async function evenementContratAction(etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  const r = await evenement(etat, formData);
  // la page du contrat change (boutons, statut) : elle affiche elle-même le message de l'étape
  if (r.statut === "succes") redirect(`/contrats/${r.resultat.id}?fait=${String(formData.get("evenement"))}`);
  return r;
}

const renouveler = actionSecurisee({
  schema: schemaRenouvellement,
  permission: "contrats:rediger",
  executer: ({ acteur, db, donnees }) => renouvelerContrat({ acteur, db }, donnees),
  revalider: chemins,
});
export async function renouvelerContratAction(etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  const r = await renouveler(etat, formData);
  if (r.statut === "succes") redirect(`/contrats/${r.resultat.id}/modifier?renouvellement=1`);
  return r;
}
