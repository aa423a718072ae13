import { ErreurIntrouvable, ErreurMetier } from "@/lib/errors";

/**
 * Erreurs de la base traduites en erreurs métier (messages en français) : une violation d'unicité,
 * une référence disparue ou une valeur refusée par PostgreSQL est une faute de saisie ou une course
 * entre deux envois, pas une panne (pas de page 500). Toute autre erreur reste levée.
 */
const CODES_SQL: Record<string, [string, string]> = {
  "23505": ["unicite", "Un enregistrement identique existe déjà (même nom ou même code)."],
  "23503": ["reference", "Un élément choisi n'existe pas ou plus. Rechargez la page et recommencez."],
  "23514": ["contrainte", "Une valeur saisie ne respecte pas les règles de ce formulaire."],
  "23P01": ["chevauchement", "Cette période chevauche une période existante."],
  "22001": ["trop-long", "Une valeur saisie est trop longue."],
  "22003": ["hors-limites", "Un nombre saisi est hors des limites permises."],
  "22008": ["date", "Une date saisie n'est pas valide."],
  "22007": ["date", "Une date saisie n'est pas valide."],
  "22021": ["caractere", "Une valeur saisie contient un caractère non permis."],
  "22P02": ["format", "Une valeur saisie n'a pas le format attendu."],
};

const CODES_PRISMA: Record<string, [string, string]> = {
  P2002: CODES_SQL["23505"]!,
  P2003: CODES_SQL["23503"]!,
  P2000: CODES_SQL["22001"]!,
  P2004: CODES_SQL["23514"]!,
  P2006: ["format", "Une valeur saisie n'a pas le format attendu."],
  P2007: ["format", "Une valeur saisie n'a pas le format attendu."],
  P2020: CODES_SQL["22003"]!,
  P2033: CODES_SQL["22003"]!,
};

function codeSql(e: unknown): string | undefined {
  // erreur du pilote (pg) ou de l'adaptateur Prisma (cause.originalCode / meta.driverAdapterError)
  const o = e as { code?: unknown; cause?: { originalCode?: unknown; code?: unknown }; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } };
  for (const c of [o?.cause?.originalCode, o?.meta?.driverAdapterError?.cause?.originalCode, o?.cause?.code, o?.code]) {
    if (typeof c === "string" && /^[0-9A-Z]{5}$/.test(c)) return c;
  }
  return undefined;
}

export function traduireErreurBase(e: unknown): ErreurMetier | null {
  if (e instanceof ErreurMetier) return e;
  if (!e || typeof e !== "object") return null;
  const code = (e as { code?: unknown }).code;
  if (code === "P2025") return new ErreurIntrouvable("Élément");
  const prisma = typeof code === "string" ? CODES_PRISMA[code] : undefined;
  const sql = codeSql(e);
  const trouve = prisma ?? (sql ? CODES_SQL[sql] : undefined);
  if (!trouve) {
    // message de l'adaptateur sans code (ex. « invalid byte sequence for encoding "UTF8": 0x00 »)
    const message = String((e as { message?: unknown }).message ?? "");
    if (/0x00|invalid byte sequence/i.test(message)) return new ErreurMetier("caractere", CODES_SQL["22021"]![1]);
    if (/out of range|overflow/i.test(message)) return new ErreurMetier("hors-limites", CODES_SQL["22003"]![1]);
    return null;
  }
  return new ErreurMetier(trouve[0], trouve[1]);
}
