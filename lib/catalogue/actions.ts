"use server";

import { redirect } from "next/navigation";
import { actionSecurisee } from "@/lib/actions/action-securisee";
import type { EtatFormulaire } from "@/lib/actions/etat-formulaire";
import { schemaAction, schemaReactivation, schemaSuspension } from "./schemas";
import { enregistrerAction } from "./commands/enregistrer-action";
import { reactiverAction, suspendreAction } from "./commands/suspendre-action";

const enregistrer = actionSecurisee({
  schema: schemaAction,
  permission: "catalogue:modifier",
  executer: ({ acteur, db, donnees }) => enregistrerAction({ acteur, db }, donnees),
  revalider: (r) => ["/catalogue", `/catalogue/${r.id}`],
});

export async function enregistrerActionInsertion(etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  const resultat = await enregistrer(etat, formData);
  if (resultat.statut === "succes") redirect(`/catalogue/${resultat.resultat.id}?enregistre=1`);
  return resultat;
}

const suspendre = actionSecurisee({
  schema: schemaSuspension,
  permission: "catalogue:modifier",
  executer: ({ acteur, db, donnees }) => suspendreAction({ acteur, db }, donnees),
  revalider: (r) => ["/catalogue", `/catalogue/${r.id}`],
  messageSucces: "Action suspendue.",
});

export async function suspendreActionInsertion(etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  return suspendre(etat, formData);
}

const reactiver = actionSecurisee({
  schema: schemaReactivation,
  permission: "catalogue:modifier",
  executer: ({ acteur, db, donnees }) => reactiverAction({ acteur, db }, donnees),
  revalider: (r) => ["/catalogue", `/catalogue/${r.id}`],
  messageSucces: "Action réactivée.",
});

export async function reactiverActionInsertion(etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  return reactiver(etat, formData);
}
