"use server";

import { actionSecurisee } from "@/lib/actions/action-securisee";
import type { EtatFormulaire } from "@/lib/actions/etat-formulaire";
import { schemaEngagement, schemaMouvement } from "./schemas";
import { engagerCredits } from "./commands/engager-credits";
import { deplacerCredits } from "./commands/deplacer-credits";

const engager = actionSecurisee({
  schema: schemaEngagement,
  permission: "budgets:modifier",
  executer: ({ acteur, db, donnees }) => engagerCredits({ acteur, db }, { ...donnees, montantCentimes: donnees.montant }),
  revalider: (r) => ["/budgets", `/budgets/lignes/${r.ligneId}`],
  messageSucces: "Engagement enregistré.",
});
export async function engagerCreditsAction(etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  return engager(etat, formData);
}

const deplacer = actionSecurisee({
  schema: schemaMouvement,
  permission: "budgets:modifier",
  executer: ({ acteur, db, donnees }) => deplacerCredits({ acteur, db }, { ...donnees, montantCentimes: donnees.montant }),
  revalider: (r) => ["/budgets", `/budgets/lignes/${r.ligneId}`],
  messageSucces: "Mouvement de crédits enregistré.",
});
export async function deplacerCreditsAction(etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  return deplacer(etat, formData);
}
