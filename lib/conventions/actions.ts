"use server";

import { redirect } from "next/navigation";
import { actionSecurisee } from "@/lib/actions/action-securisee";
import type { EtatFormulaire } from "@/lib/actions/etat-formulaire";
import { ErreurMetier } from "@/lib/errors";
import { schemaAvenant, schemaBilan, schemaConvention, schemaMandatement, schemaPaiement, schemaStatut } from "./schemas";
import { creerConvention } from "./commands/creer-convention";
import { ajouterAvenant } from "./commands/ajouter-avenant";
import { mandaterPaiement, programmerPaiement } from "./commands/programmer-paiement";
import { changerStatut } from "./commands/changer-statut";
import { enregistrerBilan, lireSaisieBilan } from "./commands/enregistrer-bilan";

const chemins = (r: { conventionId?: string; id: string }) => ["/conventions", `/conventions/${r.conventionId ?? r.id}`, "/budgets"];

const creer = actionSecurisee({
  schema: schemaConvention,
  permission: "conventions:modifier",
  executer: ({ acteur, db, donnees }) => creerConvention({ acteur, db }, donnees),
  revalider: (r) => chemins(r),
});
export async function creerConventionAction(etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  const r = await creer(etat, formData);
  if (r.statut === "succes") redirect(`/conventions/${r.resultat.id}?enregistre=1`);
  return r;
}

const avenant = actionSecurisee({
  schema: schemaAvenant,
  permission: "conventions:modifier",
  executer: ({ acteur, db, donnees }) => ajouterAvenant({ acteur, db }, donnees),
  revalider: (r) => chemins(r),
  messageSucces: "Avenant enregistré.",
});
export async function ajouterAvenantAction(etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  return avenant(etat, formData);
}

const paiement = actionSecurisee({
  schema: schemaPaiement,
  permission: "conventions:modifier",
  executer: ({ acteur, db, donnees }) => programmerPaiement({ acteur, db }, { ...donnees, montantCentimes: donnees.montant }),
  revalider: (r) => chemins(r),
  messageSucces: "Paiement enregistré.",
});
export async function programmerPaiementAction(etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  return paiement(etat, formData);
}

const mandatement = actionSecurisee({
  schema: schemaMandatement,
  permission: "conventions:modifier",
  executer: ({ acteur, db, donnees }) => mandaterPaiement({ acteur, db }, donnees),
  revalider: (r) => chemins(r),
  messageSucces: "Paiement mandaté.",
});
export async function mandaterPaiementAction(etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  return mandatement(etat, formData);
}

const statut = actionSecurisee({
  schema: schemaStatut,
  permission: "conventions:modifier",
  executer: ({ acteur, db, donnees }) => changerStatut({ acteur, db }, donnees),
  revalider: (r) => chemins(r),
  messageSucces: "État de la convention mis à jour.",
});
export async function changerStatutAction(etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  return statut(etat, formData);
}

const bilan = actionSecurisee({
  schema: schemaBilan,
  permission: "bilans:saisir",
  executer: async ({ acteur, db, donnees, saisie }) => {
    const { sorties, valeurs, erreurs } = lireSaisieBilan({ ...saisie, ...donnees }, donnees.indicateurIds);
    if (Object.keys(erreurs).length) throw new ErreurMetier("validation", "Le bilan contient des erreurs.", erreurs);
    return enregistrerBilan({ acteur, db }, { ...donnees, sorties, valeurs, soumettre: saisie.soumettre !== "non" });
  },
  revalider: (r) => chemins(r),
});
export async function enregistrerBilanAction(etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  const r = await bilan(etat, formData);
  if (r.statut === "succes") redirect(`/conventions/${r.resultat.conventionId}?bilan=1#bilans`);
  return r;
}
