// Règles du mot de passe choisi par l'utilisateur (recommandations ANSSI : longueur avant complexité).
import { z } from "zod";

export const LONGUEUR_MIN_MOT_DE_PASSE = 12;

export const schemaNouveauMotDePasse = z
  .object({
    motDePasse: z
      .string()
      .min(LONGUEUR_MIN_MOT_DE_PASSE, `Le mot de passe doit compter au moins ${LONGUEUR_MIN_MOT_DE_PASSE} caractères.`)
      .max(128, "Le mot de passe compte 128 caractères au plus.")
      .refine((v) => new Set(v).size >= 5, "Le mot de passe est trop répétitif."),
    confirmation: z.string(),
  })
  .refine((d) => d.motDePasse === d.confirmation, { path: ["confirmation"], message: "Les deux saisies ne sont pas identiques." });

/** Durée de validité d'un lien de (ré)initialisation du mot de passe. */
export const VALIDITE_LIEN_HEURES = 24;
