import { z } from "zod";
import { contientControle } from "./champs";

// Messages par défaut de zod en français ; les schémas précisent les leurs quand c'est plus clair.
z.config(z.locales.fr());

/** Champ texte facultatif : une saisie vide devient null. */
export const texteFacultatif = (max: number, libelle: string) =>
  z
    .string()
    .trim()
    .refine((v) => !contientControle(v), `${libelle} contient un caractère non autorisé.`)
    .max(max, `${libelle} : ${max} caractères au maximum.`)
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional()
    .transform((v) => v ?? null);

export const texteObligatoire = (max: number, libelle: string) =>
  z
    .string({ error: `${libelle} est obligatoire.` })
    .trim()
    .min(1, `${libelle} est obligatoire.`)
    .refine((v) => !contientControle(v), `${libelle} contient un caractère non autorisé.`)
    .max(max, `${libelle} : ${max} caractères au maximum.`);

export { z };

export * from "./champs";
