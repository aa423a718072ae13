// Paramètres de liste lus dans l'URL (filtres, recherche, identifiants choisis) : une valeur invalide
// (caractère de contrôle, octet NUL, trop longue, identifiant mal formé) est ignorée au lieu de
// parvenir à PostgreSQL et de provoquer une erreur 500.
import { z } from "zod";
import { contientControle, entier, FORMAT_IDENTIFIANT } from "./champs";

export const filtreTexte = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((v) => !contientControle(v))
    .catch("");

export const filtreIdentifiant = () => z.string().trim().regex(FORMAT_IDENTIFIANT).catch("");

/** Entier facultatif d'un formulaire (vide → null), borné comme `entier`. */
export const entierFacultatif = (options: { min?: number; max?: number; libelle?: string } = {}) => {
  const borne = entier(options);
  return z
    .union([z.string(), z.number()])
    .nullable()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === null || (typeof v === "string" && v.trim() === "")) return null;
      const r = borne.safeParse(v);
      if (!r.success) {
        for (const issue of r.error.issues) ctx.addIssue({ code: "custom", message: issue.message });
        return z.NEVER;
      }
      return r.data;
    });
};
