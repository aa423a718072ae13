import type { z } from "zod";

/** Résultat d'une action serveur, tel que le formulaire (useActionState) le reçoit. */
export type EtatFormulaire<R = unknown> =
  | { statut: "initial" }
  | { statut: "erreur"; message: string; erreursChamps: Record<string, string[]>; valeurs: Record<string, string | string[]> }
  | { statut: "succes"; message: string; resultat: R; valeurs: Record<string, string | string[]> };

export const ETAT_INITIAL: EtatFormulaire<never> = { statut: "initial" };

/** FormData → objet ; un champ répété (cases à cocher, listes multiples) devient un tableau. */
export function formDataVersObjet(formData: FormData): Record<string, string | string[]> {
  const objet: Record<string, string | string[]> = {};
  for (const [cle, valeur] of formData.entries()) {
    if (cle.startsWith("$ACTION")) continue; // champs techniques de React
    if (typeof valeur !== "string") continue;
    const existant = objet[cle];
    if (existant === undefined) objet[cle] = valeur;
    else objet[cle] = Array.isArray(existant) ? [...existant, valeur] : [existant, valeur];
  }
  return objet;
}

/** Erreurs zod → messages par champ (chemin « a.b » pour les champs imbriqués). */
export function erreursDeValidation(erreur: z.ZodError): Record<string, string[]> {
  const parChamp: Record<string, string[]> = {};
  for (const issue of erreur.issues) {
    const cle = issue.path.join(".") || "_";
    (parChamp[cle] ??= []).push(issue.message);
  }
  return parChamp;
}
