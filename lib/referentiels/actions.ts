"use server";

import { redirect } from "next/navigation";
import { actionSecurisee } from "@/lib/actions/action-securisee";
import type { EtatFormulaire } from "@/lib/actions/etat-formulaire";
import { schemaModificationStructure, schemaStructure } from "./schemas";
import { enregistrerStructure } from "./commands/enregistrer-structure";

const creer = actionSecurisee({
  schema: schemaStructure,
  permission: "structures:modifier",
  executer: ({ acteur, db, donnees }) => enregistrerStructure({ acteur, db }, donnees),
  revalider: () => ["/structures"],
  messageSucces: "Structure créée.",
});

const modifier = actionSecurisee({
  schema: schemaModificationStructure,
  permission: "structures:modifier",
  executer: ({ acteur, db, donnees }) => enregistrerStructure({ acteur, db }, donnees),
  revalider: (s) => ["/structures", `/structures/${s.id}`],
  messageSucces: "Structure enregistrée.",
});

export async function creerStructureAction(etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  const resultat = await creer(etat, formData);
  if (resultat.statut === "succes") redirect(`/structures/${resultat.resultat.id}?enregistre=1`);
  return resultat;
}

export async function modifierStructureAction(etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  const resultat = await modifier(etat, formData);
  if (resultat.statut === "succes") redirect(`/structures/${resultat.resultat.id}?enregistre=1`);
  return resultat;
}
