import "server-only";
import type { Contexte } from "@/lib/contexte";
import { enMemoire, viderMemoire } from "@/lib/cache/memoire";
import { dernierRafraichissement } from "./queries/cartes";

export { DUREE_MS } from "@/lib/cache/memoire";

/**
 * Données des cartes des tableaux de bord, gardées en mémoire du processus (lib/cache/memoire.ts) : une
 * carte ne change qu'au rafraîchissement des agrégats (population, contrats) ou quand des prescriptions,
 * conventions, budgets ou flux bougent. La version est la date du dernier rafraîchissement (lue une fois
 * par requête, avec l'en-tête) : chaque rafraîchissement — demandé après les orientations, les contrats et
 * les imports — rend aussitôt les données neuves ; le reste est recalculé au plus tard après DUREE_MS.
 */
async function versionAgregats(contexte: Contexte): Promise<string> {
  return (await dernierRafraichissement(contexte))?.rafraichi_le.toISOString() ?? "jamais";
}

/** La requête `f` d'une carte, mise en mémoire par acteur équivalent, version des agrégats et arguments. */
export function carteEnCache<A extends unknown[], T>(nom: string, f: (contexte: Contexte, ...args: A) => Promise<T>) {
  return enMemoire(`carte:${nom}`, versionAgregats, f);
}

/** Pour les tests : vide la mémoire. */
export const viderCacheCartes = viderMemoire;
