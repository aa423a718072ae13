"use client";

import { useActionState } from "react";
import { ETAT_INITIAL, type EtatFormulaire } from "@/lib/actions/etat-formulaire";

/**
 * État d'un formulaire branché sur une action serveur : erreurs par champ, et valeur à réafficher
 * (la saisie après une erreur, sinon la valeur initiale) pour que rien de ce qui a été tapé ne soit perdu.
 */
export function useFormulaire(action: (etat: EtatFormulaire, formData: FormData) => Promise<EtatFormulaire>, initiales: Record<string, string | string[]> = {}) {
  const [etat, envoyer, enCours] = useActionState<EtatFormulaire, FormData>(action, ETAT_INITIAL);
  const erreurs = etat.statut === "erreur" ? etat.erreursChamps : {};
  const source = etat.statut === "erreur" ? etat.valeurs : initiales;
  const valeur = (champ: string): string => {
    const v = source[champ];
    return Array.isArray(v) ? (v[0] ?? "") : (v ?? "");
  };
  const valeurs = (champ: string): string[] => {
    const v = source[champ];
    return v === undefined ? [] : Array.isArray(v) ? v : [v];
  };
  // après une erreur, on remonte le formulaire pour que les defaultValue reprennent la saisie
  const cle = etat.statut === "erreur" ? JSON.stringify(etat.valeurs) : etat.statut === "succes" ? `ok-${JSON.stringify(etat.resultat)}` : "initial";
  return { etat, envoyer, enCours, erreurs, valeur, valeurs, cle };
}
