"use client";

import { useActionState, useCallback, useEffect, useRef } from "react";
import { ETAT_INITIAL, type EtatFormulaire } from "@/lib/actions/etat-formulaire";

/** Nom du champ porteur de la clé d'idempotence (même valeur que lib/actions/idempotence.ts). */
const CHAMP_IDEMPOTENCE = "_idempotence";

// crypto.randomUUID n'existe qu'en contexte sécurisé (HTTPS, localhost) : getRandomValues partout
function tirerCle(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (o) => o.toString(16).padStart(2, "0")).join("");
}

/**
 * État d'un formulaire branché sur une action serveur : erreurs par champ, et valeur à réafficher
 * (la saisie après une erreur, sinon la valeur initiale) pour que rien de ce qui a été tapé ne soit perdu.
 * Chaque envoi porte une clé d'idempotence, gardée tant que la saisie n'a pas abouti : un double clic
 * ou un renvoi ne crée rien deux fois ; elle est renouvelée après un succès.
 */
export function useFormulaire(action: (etat: EtatFormulaire, formData: FormData) => Promise<EtatFormulaire>, initiales: Record<string, string | string[]> = {}) {
  const [etat, dispatch, enCours] = useActionState<EtatFormulaire, FormData>(action, ETAT_INITIAL);
  const cleEnvoi = useRef<string | null>(null);
  useEffect(() => {
    if (etat.statut === "succes") cleEnvoi.current = null;
  }, [etat]);
  const envoyer = useCallback(
    (formData: FormData) => {
      cleEnvoi.current ??= tirerCle();
      formData.set(CHAMP_IDEMPOTENCE, cleEnvoi.current);
      dispatch(formData);
    },
    [dispatch],
  );
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
