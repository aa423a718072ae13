// Briques de saisie partagées par tous les schémas (formulaires, filtres, paramètres d'URL, imports) :
// une seule définition de ce qu'est un texte propre, un entier borné, une date réelle, un montant.
// Chaque brique porte son message français ; `libelle` commence par l'article (« La date de début »).
import { z } from "zod";
import { lireMontant } from "@/lib/montants";

/** Plus grand entier accepté par une colonne `integer` de PostgreSQL. */
export const ENTIER_MAX = 2_147_483_647;

// NUL et caractères de contrôle (hors tabulation et retours à la ligne) : refusés par PostgreSQL ou invisibles
const CONTROLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const contientControle = (v: string) => CONTROLE.test(v);

interface OptionsTexte {
  max: number;
  min?: number;
  libelle?: string;
  requis?: boolean;
}

/**
 * Texte libre : espaces de bord retirés, caractères de contrôle refusés, longueur bornée.
 * Facultatif par défaut (vide → null) ; `requis: true` → chaîne non vide.
 */
export function texte(options: OptionsTexte & { requis: true }): z.ZodType<string, string>;
export function texte(options: OptionsTexte & { requis?: false }): z.ZodType<string | null, string | undefined | null>;
export function texte({ max, min = 0, libelle = "Ce champ", requis = false }: OptionsTexte): z.ZodType {
  const base = z
    .string({ error: `${libelle} est obligatoire.` })
    .trim()
    .refine((v) => !contientControle(v), `${libelle} contient un caractère non autorisé.`)
    .refine((v) => v.length <= max, `${libelle} : ${max.toLocaleString("fr-FR")} caractères au maximum.`);
  if (requis) {
    return base
      .refine((v) => v.length > 0, `${libelle} est obligatoire.`)
      .refine((v) => v.length === 0 || v.length >= min, `${libelle} : ${min} caractères au minimum.`);
  }
  return base
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));
}

/** Entier saisi (« 12 », « 1 200 ») dans [min, max], jamais au-delà de 2^31−1. */
export function entier({ min = 0, max = ENTIER_MAX, libelle = "Ce nombre" }: { min?: number; max?: number; libelle?: string } = {}) {
  const borneMax = Math.min(max, ENTIER_MAX);
  return z.union([z.string(), z.number()], { error: `${libelle} est obligatoire.` }).transform((v, ctx) => {
    const brut = typeof v === "number" ? String(v) : v.replace(/[\s\u00a0\u202f]/g, "");
    if (brut === "") {
      ctx.addIssue({ code: "custom", message: `${libelle} est obligatoire.` });
      return z.NEVER;
    }
    if (!/^-?\d+$/.test(brut)) {
      ctx.addIssue({ code: "custom", message: `${libelle} doit être un nombre entier.` });
      return z.NEVER;
    }
    const n = Number(brut);
    if (n < min || n > borneMax) {
      ctx.addIssue({ code: "custom", message: `${libelle} doit être compris entre ${min.toLocaleString("fr-FR")} et ${borneMax.toLocaleString("fr-FR")}.` });
      return z.NEVER;
    }
    return n;
  });
}

/** Nombre décimal saisi à la française (« 0,5 », « 12.75 »), borné. */
export function decimal({ min = 0, max = 1e9, libelle = "Ce nombre" }: { min?: number; max?: number; libelle?: string } = {}) {
  return z.union([z.string(), z.number()], { error: `${libelle} est obligatoire.` }).transform((v, ctx) => {
    const brut = typeof v === "number" ? String(v) : v.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
    if (brut === "") {
      ctx.addIssue({ code: "custom", message: `${libelle} est obligatoire.` });
      return z.NEVER;
    }
    if (!/^-?\d+(\.\d+)?$/.test(brut)) {
      ctx.addIssue({ code: "custom", message: `${libelle} doit être un nombre, par exemple 0,5.` });
      return z.NEVER;
    }
    const n = Number(brut);
    if (n < min || n > max) {
      ctx.addIssue({ code: "custom", message: `${libelle} doit être compris entre ${min.toLocaleString("fr-FR")} et ${max.toLocaleString("fr-FR")}.` });
      return z.NEVER;
    }
    return n;
  });
}

/** Montant en euros saisi à la française (« 67 550,00 ») → centimes entiers. */
export function montantCentimes(libelle = "Le montant") {
  return z.string({ error: `${libelle} est obligatoire.` }).transform((v, ctx) => {
    const r = lireMontant(v, libelle);
    if (!r.ok) {
      ctx.addIssue({ code: "custom", message: r.message });
      return z.NEVER;
    }
    return r.centimes;
  });
}

/**
 * « AAAA-MM-JJ » (valeur d'un <input type="date">) ou « JJ/MM/AAAA » → Date à minuit UTC, si et seulement si
 * le jour existe au calendrier (le 31 février est refusé au lieu de devenir le 3 mars). Null si invalide.
 */
export function lireDateJour(saisie: string): Date | null {
  const v = saisie.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const fr = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(v);
  const [a, m, j] = iso ? [iso[1], iso[2], iso[3]] : fr ? [fr[3], fr[2], fr[1]] : [];
  if (!a || !m || !j) return null;
  const annee = Number(a);
  const mois = Number(m);
  const jour = Number(j);
  if (annee < 1900 || annee > 2200) return null;
  const d = new Date(Date.UTC(annee, mois - 1, jour));
  if (d.getUTCFullYear() !== annee || d.getUTCMonth() !== mois - 1 || d.getUTCDate() !== jour) return null;
  return d;
}

/** Date du jour (sans heure), stricte ; facultative par défaut (vide → null). */
export function dateJour(options: { libelle?: string; requis: true }): z.ZodType<Date, string>;
export function dateJour(options?: { libelle?: string; requis?: false }): z.ZodType<Date | null, string | undefined | null>;
export function dateJour({ libelle = "La date", requis = false }: { libelle?: string; requis?: boolean } = {}): z.ZodType {
  const lire = (v: string, ctx: z.RefinementCtx) => {
    const d = lireDateJour(v);
    if (!d) {
      ctx.addIssue({ code: "custom", message: `${libelle} n'est pas une date valide (jj/mm/aaaa).` });
      return z.NEVER;
    }
    return d;
  };
  if (requis) {
    return z.string({ error: `${libelle} est obligatoire.` }).transform((v, ctx) => {
      if (!v.trim()) {
        ctx.addIssue({ code: "custom", message: `${libelle} est obligatoire.` });
        return z.NEVER;
      }
      return lire(v, ctx);
    });
  }
  return z
    .string()
    .nullable()
    .optional()
    .transform((v, ctx) => (v?.trim() ? lire(v, ctx) : null));
}

/** Identifiant d'enregistrement (cuid, ou identifiant synthétique « p3-1204 ») : tout autre format est refusé
 *  avant la base (→ 404 côté page). */
export const FORMAT_IDENTIFIANT = /^[A-Za-z0-9_-]{1,64}$/;
export const identifiant = (libelle = "L'identifiant") =>
  z.string({ error: `${libelle} est obligatoire.` }).regex(FORMAT_IDENTIFIANT, `${libelle} n'est pas valide.`);

/** Case à cocher ou « true »/« false » → booléen. */
export const booleen = () =>
  z
    .union([z.boolean(), z.string()])
    .optional()
    .transform((v) => v === true || v === "true" || v === "on" || v === "1" || v === "oui");

/** Valeur parmi une liste fermée, avec un message qui dit quoi choisir. */
export const choix = <const T extends readonly [string, ...string[]]>(valeurs: T, libelle = "une valeur") =>
  z.enum(valeurs, { error: `Choisissez ${libelle} dans la liste.` });
