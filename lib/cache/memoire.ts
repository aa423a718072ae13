import "server-only";
import type { Contexte } from "@/lib/contexte";

/**
 * Résultats de requêtes gardés en mémoire du processus, sous une clé qui porte une VERSION des données lue
 * en base (une requête d'une ligne) : tant que la version ne change pas, le résultat est servi sans
 * recalcul ; il est recalculé au plus tard après DUREE_MS. Plusieurs requêtes simultanées partagent un
 * seul calcul (la promesse est gardée) ; un échec n'est pas gardé.
 *
 * La clé porte aussi tout ce dont dépend le résultat au-delà des arguments : département, rôle (permissions,
 * secret statistique du lecteur), territoire et structure de l'acteur, et l'acteur lui-même pour les rôles
 * nominatifs (référent, opérateur). Seules les pages s'en servent ; les exports et les tests lisent les
 * requêtes directement. Utilisé par les cartes des tableaux de bord (version : dernier rafraîchissement des
 * agrégats), par les compteurs des listes de personnes (version : dernière écriture dans la projection) et
 * par le nom du département de l'en-tête (par département, cinq minutes).
 */
export const DUREE_MS = 60_000;
const TAILLE_MAX = 400;

const memoire = new Map<string, { expire: number; valeur: Promise<unknown> }>();

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

export interface OptionsMemoire {
  /** ce dont dépend le résultat côté acteur (par défaut : l'acteur équivalent, cleActeur) */
  portee?: (contexte: Contexte) => string;
  /** durée maximale d'une entrée (par défaut DUREE_MS) */
  dureeMs?: number;
}

/** La requête `f`, mise en mémoire par acteur équivalent (ou `portee`), version des données et arguments. */
export function enMemoire<A extends unknown[], T>(
  nom: string,
  version: (contexte: Contexte) => Promise<string>,
  f: (contexte: Contexte, ...args: A) => Promise<T>,
  { portee = cleActeur, dureeMs = DUREE_MS }: OptionsMemoire = {},
) {
  return async (contexte: Contexte, ...args: A): Promise<T> => {
    const v = await version(contexte);
    const cle = `${nom}|${portee(contexte)}|${v}|${JSON.stringify(args, (_, x) => (typeof x === "bigint" ? x.toString() : x))}`;
    const maintenant = Date.now();
    const existante = memoire.get(cle);
    if (existante && existante.expire > maintenant) return existante.valeur as Promise<T>;
    ranger(maintenant);
    const valeur = f(contexte, ...args);
    memoire.set(cle, { expire: maintenant + dureeMs, valeur });
    valeur.catch(() => {
      if (memoire.get(cle)?.valeur === valeur) memoire.delete(cle);
    });
    return valeur;
  };
}

/** Pour les tests : vide la mémoire. */
export function viderMemoire() {
  memoire.clear();
}
