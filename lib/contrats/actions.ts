"use server";

import { redirect } from "next/navigation";
import { actionSecurisee } from "@/lib/actions/action-securisee";
import type { EtatFormulaire } from "@/lib/actions/etat-formulaire";
import { ErreurMetier } from "@/lib/errors";
import { schemaContrat, schemaEvenementContrat, schemaRenouvellement } from "./schemas";
import { enregistrerContrat } from "./commands/enregistrer-contrat";
import { rompreContrat, renouvelerContrat, signerContrat, validerContrat } from "./commands/cycle-contrat";

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
    const date = donnees.date ? new Date(`${donnees.date}T00:00:00Z`) : new Date();
    if (Number.isNaN(date.getTime())) throw new ErreurMetier("date", "Date invalide.", { date: ["Date invalide."] });
    if (donnees.evenement === "signer") return signerContrat({ acteur, db }, { id: donnees.id, version: donnees.version, date });
    if (donnees.evenement === "valider") return validerContrat({ acteur, db }, { id: donnees.id, version: donnees.version });
    return rompreContrat({ acteur, db }, { id: donnees.id, version: donnees.version, motif: donnees.motif });
  },
  revalider: chemins,
  messageSucces: "Contrat mis à jour.",
});
export async function evenementContratAction(etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  return evenement(etat, formData);
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
