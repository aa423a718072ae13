"use server";

import type { EtatFormulaire } from "@/lib/actions/etat-formulaire";
import { actionSecurisee } from "@/lib/actions/action-securisee";
import { schemaCreationCompte, schemaIdCompte, schemaModificationCompte, schemaParametresSecurite } from "./schemas";
import { creerCompte, fermerSessionsCompte, genererLienReinitialisation, modifierCompte, retirerSecondFacteur } from "./commands/comptes";
import { enregistrerParametresSecurite } from "./commands/parametres";

const creer = actionSecurisee({
  schema: schemaCreationCompte,
  permission: "utilisateurs:gerer",
  executer: ({ acteur, db, donnees }) => creerCompte({ acteur, db }, donnees),
  revalider: () => ["/administration/utilisateurs"],
  messageSucces: "Compte créé. Transmettez le lien ci-dessous à la personne : il lui permet de choisir son mot de passe.",
});

const modifier = actionSecurisee({
  schema: schemaModificationCompte,
  permission: "utilisateurs:gerer",
  executer: ({ acteur, db, donnees }) => modifierCompte({ acteur, db }, donnees),
  revalider: (r) => ["/administration/utilisateurs", `/administration/utilisateurs/${r.id}`],
  messageSucces: "Compte enregistré.",
});

const lien = actionSecurisee({
  schema: schemaIdCompte,
  permission: "utilisateurs:gerer",
  executer: ({ acteur, db, donnees }) => genererLienReinitialisation({ acteur, db }, donnees.id),
  messageSucces: "Lien de réinitialisation créé, valable 24 heures et une seule fois. Les liens précédents sont annulés.",
});

const sessions = actionSecurisee({
  schema: schemaIdCompte,
  permission: "utilisateurs:gerer",
  executer: ({ acteur, db, donnees }) => fermerSessionsCompte({ acteur, db }, donnees.id),
  revalider: (r) => [`/administration/utilisateurs/${r.id}`],
  messageSucces: "Sessions fermées.",
});

const totp = actionSecurisee({
  schema: schemaIdCompte,
  permission: "utilisateurs:gerer",
  executer: ({ acteur, db, donnees }) => retirerSecondFacteur({ acteur, db }, donnees.id),
  revalider: (r) => [`/administration/utilisateurs/${r.id}`],
  messageSucces: "Double authentification retirée : la personne la configurera à sa prochaine connexion si elle est exigée.",
});

const parametres = actionSecurisee({
  schema: schemaParametresSecurite,
  permission: "utilisateurs:gerer",
  executer: ({ acteur, db, donnees }) => enregistrerParametresSecurite({ acteur, db }, donnees),
  revalider: () => ["/administration/securite"],
  messageSucces: "Paramètres enregistrés.",
});

export async function creerCompteAction(etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  return creer(etat, formData);
}
export async function modifierCompteAction(etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  return modifier(etat, formData);
}
export async function genererLienAction(etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  return lien(etat, formData);
}
export async function fermerSessionsAction(etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  return sessions(etat, formData);
}
export async function retirerSecondFacteurAction(etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  return totp(etat, formData);
}
export async function enregistrerParametresAction(etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  return parametres(etat, formData);
}
