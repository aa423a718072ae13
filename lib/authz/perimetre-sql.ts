// Le périmètre des personnes en SQL : même règle que perimetrePersonnes (perimetre.ts, clauses Prisma),
// pour les requêtes qui agrègent, trient ou exportent en SQL. Les deux sont comparés pour chaque compte
// de démonstration (tests/integration/parite-perimetre.int.test.ts) : ils retiennent les mêmes personnes.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Acteur } from "./acteur";

const FAUX = Prisma.sql`false`;

/** Jour (UTC) au format AAAA-MM-JJ, comme perimetrePersonnes. */
export function jourIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Un texte saisi ou stocké, ses caractères spéciaux de LIKE (\\, %, _) neutralisés. */
export function echapperLike(texte: string): string {
  return texte.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Motif LIKE du sous-arbre d'un chemin de territoire (caractères spéciaux neutralisés). */
export function prefixeChemin(chemin: string): string {
  return `${echapperLike(chemin)}%`;
}

/**
 * Le sous-arbre d'un chemin de territoire, sur une colonne de chemin : `chemin ≤ colonne < borne` en ordre
 * octet par octet (opérateurs ~>=~ et ~<~ de text_pattern_ops), la borne étant le chemin dont le dernier
 * caractère est incrémenté. Même résultat que `LIKE 'chemin%'`, mais sous RLS seul un opérateur LEAKPROOF
 * peut devenir une condition d'index : textlike ne l'est pas (le LIKE parcourait tout le département dans
 * l'index, 238 ms pour le pôle III à 10×), text_pattern_ge / text_pattern_lt le sont (31 ms).
 */
export function sousArbreSql(colonne: Prisma.Sql, chemin: string): Prisma.Sql {
  const dernier = chemin.charCodeAt(chemin.length - 1);
  // chemins faits d'identifiants ASCII et de « / » ; sinon, le LIKE (toujours juste, moins rapide)
  if (!chemin || !/^[\x20-\x7e]+$/.test(chemin) || dernier >= 0x7e) return Prisma.sql`${colonne} LIKE ${prefixeChemin(chemin)}`;
  const borne = chemin.slice(0, -1) + String.fromCharCode(dernier + 1);
  return Prisma.sql`(${colonne} OPERATOR(pg_catalog.~>=~) ${chemin} AND ${colonne} OPERATOR(pg_catalog.~<~) ${borne})`;
}

/** Personnes que le référent suit au jour donné (période de référent en cours). */
export function suiviesPar(acteur: Acteur, jour: string): Prisma.Sql {
  return Prisma.sql`(SELECT per.personne_id FROM periode_referent per WHERE per.referent_id = ${acteur.id}
    AND per.date_debut <= ${jour}::date AND (per.date_fin IS NULL OR per.date_fin >= ${jour}::date))`;
}

/**
 * Condition sur la projection situation_personne (alias `s`) : les personnes dont l'acteur peut lire le
 * dossier. Administrateur et chargé de mission : le département ; responsable : son sous-arbre
 * territorial ; référent : les personnes qu'il suit aujourd'hui ; lecteur, opérateur : aucune.
 */
export function perimetreSituationsSql(acteur: Acteur, aujourdHui = new Date()): Prisma.Sql {
  const jour = jourIso(aujourdHui);
  switch (acteur.role) {
    case "ADMIN":
    case "CHARGE_MISSION":
      return Prisma.sql`s.departement_id = ${acteur.departementId}`;
    case "RESPONSABLE_TERRITOIRE":
      return acteur.cheminTerritoire ? Prisma.sql`s.departement_id = ${acteur.departementId} AND ${sousArbreSql(Prisma.sql`s.chemin_territoire`, acteur.cheminTerritoire)}` : FAUX;
    case "REFERENT":
      return Prisma.sql`s.departement_id = ${acteur.departementId} AND s.personne_id IN ${suiviesPar(acteur, jour)}`;
    default:
      return FAUX;
  }
}

/**
 * Même périmètre sur les tables sources (personne `p`, foyer `f`, territoire `t` joints) : pour les
 * requêtes qui ne passent pas par la projection (toutes les personnes du foyer, y compris à charge).
 */
export function perimetrePersonnesSql(acteur: Acteur, aujourdHui = new Date()): Prisma.Sql {
  const jour = jourIso(aujourdHui);
  switch (acteur.role) {
    case "ADMIN":
    case "CHARGE_MISSION":
      return Prisma.sql`f.departement_id = ${acteur.departementId}`;
    case "RESPONSABLE_TERRITOIRE":
      return acteur.cheminTerritoire ? Prisma.sql`f.departement_id = ${acteur.departementId} AND ${sousArbreSql(Prisma.sql`t.chemin`, acteur.cheminTerritoire)}` : FAUX;
    case "REFERENT":
      return Prisma.sql`f.departement_id = ${acteur.departementId} AND p.id IN ${suiviesPar(acteur, jour)}`;
    default:
      return FAUX;
  }
}
