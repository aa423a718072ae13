import "server-only";
import type { Contexte } from "@/lib/contexte";
import { dernierRafraichissement } from "./queries/cartes";

/**
 * Données des cartes des tableaux de bord, gardées en mémoire du processus : une carte ne change qu'au
 * rafraîchissement des agrégats (population, contrats) ou quand des prescriptions, conventions, budgets ou
 * flux bougent. La clé porte la version des agrégats (date du dernier rafraîchissement, lue une fois par
 * requête) : chaque rafraîchissement — demandé après les orientations, les contrats et les imports — rend
 * aussitôt les données neuves ; le reste est recalculé au plus tard après DUREE_MS. Dix utilisateurs qui
 * ouvrent le même tableau en même temps partagent un seul calcul (la promesse est gardée).
 *
 * La clé porte aussi tout ce dont dépend le résultat au-delà des arguments : département, rôle (permissions,
 * secret statistique du lecteur), territoire de l'acteur, et l'acteur lui-même pour les rôles nominatifs.
 * Seules les pages s'en servent ; les exports et les tests lisent les requêtes directement.
 */
export const DUREE_MS = 60_000;
const TAILLE_MAX = 400;

const memoire = new Map<string, { expire: number; valeur: Promise<unknown> }>();

/** Date du dernier rafraîchissement des agrégats du département (lue une fois par requête, avec l'en-tête). */
async function versionAgregats(contexte: Contexte): Promise<string> {
  return (await dernierRafraichissement(contexte))?.rafraichi_le.toISOString() ?? "jamais";
}

function cleActeur({ acteur }: Contexte): string {
  const nominatif = acteur.role === "REFERENT" || acteur.role === "OPERATEUR";
  return [acteur.departementId, acteur.role, acteur.cheminTerritoire ?? "", acteur.structureId ?? "", nominatif ? acteur.id : ""].join("|");
}

function ranger(maintenant: number) {
  if (memoire.size < TAILLE_MAX) return;
  for (const [cle, e] of memoire) if (e.expire <= maintenant) memoire.delete(cle);
  // encore plein : les plus anciennes d'abord (ordre d'insertion)
  for (const cle of memoire.keys()) {
    if (memoire.size < TAILLE_MAX) break;
    memoire.delete(cle);
  }
}

/** La requête `f` d'une carte, mise en mémoire par acteur équivalent, version des agrégats et arguments. */
export function carteEnCache<A extends unknown[], T>(nom: string, f: (contexte: Contexte, ...args: A) => Promise<T>) {
  return async (contexte: Contexte, ...args: A): Promise<T> => {
    const version = await versionAgregats(contexte);
    const cle = `${nom}|${cleActeur(contexte)}|${version}|${JSON.stringify(args, (_, v) => (typeof v === "bigint" ? v.toString() : v))}`;
    const maintenant = Date.now();
    const existante = memoire.get(cle);
    if (existante && existante.expire > maintenant) return existante.valeur as Promise<T>;
    ranger(maintenant);
    const valeur = f(contexte, ...args);
    memoire.set(cle, { expire: maintenant + DUREE_MS, valeur });
    // un échec n'est pas gardé : la requête suivante recalcule
    valeur.catch(() => {
      if (memoire.get(cle)?.valeur === valeur) memoire.delete(cle);
    });
    return valeur;
  };
}

/** Pour les tests : vide la mémoire. */
export function viderCacheCartes() {
  memoire.clear();
}
