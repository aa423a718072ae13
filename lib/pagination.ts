import { z } from "zod";

/** Paramètres de liste communs (pagination et tri côté serveur), lus depuis l'URL. */
export const TAILLE_PAGE = 25;

// borné : un numéro de page au-delà de 2^31 ne doit pas atteindre PostgreSQL (erreur 500)
export const schemaPage = z.coerce.number().int().min(1).max(100_000).catch(1);

export interface PageDe<T> {
  lignes: T[];
  total: number;
  page: number;
  nombrePages: number;
  taillePage: number;
}

export function pageDe<T>(lignes: T[], total: number, page: number, taillePage = TAILLE_PAGE): PageDe<T> {
  return { lignes, total, page, nombrePages: Math.max(1, Math.ceil(total / taillePage)), taillePage };
}

export function decalage(page: number, taillePage = TAILLE_PAGE): { skip: number; take: number } {
  return { skip: (page - 1) * taillePage, take: taillePage };
}
