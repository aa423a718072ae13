import { Prisma } from "@/lib/generated/prisma/client";
import type { Acteur } from "@/lib/authz/acteur";
import { AUCUNE_LIGNE, perimetrePersonnes } from "@/lib/authz/perimetre";
import { jourIso, sousArbreSql, suiviesPar } from "@/lib/authz/perimetre-sql";

/**
 * Situations à examiner : le référent, celles des personnes qu'il suit ; le responsable, celles de son
 * territoire ; l'administrateur et le chargé de mission, le département ; lecteur et opérateur : aucune.
 */
export function perimetreSituations(acteur: Acteur): Prisma.SituationExamenWhereInput {
  switch (acteur.role) {
    case "ADMIN":
    case "CHARGE_MISSION":
      return { departementId: acteur.departementId };
    case "RESPONSABLE_TERRITOIRE":
      return acteur.cheminTerritoire ? { departementId: acteur.departementId, territoire: { chemin: { startsWith: acteur.cheminTerritoire } } } : AUCUNE_LIGNE;
    case "REFERENT":
      return { departementId: acteur.departementId, personne: perimetrePersonnes(acteur) };
    default:
      return AUCUNE_LIGNE;
  }
}

/**
 * Même périmètre en SQL, sur situation_examen (alias `se`) : pour les listes qui comptent et trient en SQL
 * avec des conditions indexables sous RLS (parité testée pour chaque compte de démonstration).
 */
export function perimetreSituationsExamenSql(acteur: Acteur, aujourdHui = new Date()): Prisma.Sql {
  switch (acteur.role) {
    case "ADMIN":
    case "CHARGE_MISSION":
      return Prisma.sql`se.departement_id = ${acteur.departementId}`;
    case "RESPONSABLE_TERRITOIRE":
      return acteur.cheminTerritoire
        ? Prisma.sql`se.departement_id = ${acteur.departementId} AND se.territoire_id IN (SELECT t.id FROM territoire t WHERE ${sousArbreSql(Prisma.sql`t.chemin`, acteur.cheminTerritoire)})`
        : Prisma.sql`false`;
    case "REFERENT":
      return Prisma.sql`se.departement_id = ${acteur.departementId} AND se.personne_id IN ${suiviesPar(acteur, jourIso(aujourdHui))}`;
    default:
      return Prisma.sql`false`;
  }
}

/** Sessions : le responsable, celles de son territoire ; administrateur et chargé de mission, le département. */
export function perimetreSessions(acteur: Acteur): Prisma.SessionCommissionWhereInput {
  switch (acteur.role) {
    case "ADMIN":
    case "CHARGE_MISSION":
      return { departementId: acteur.departementId };
    case "RESPONSABLE_TERRITOIRE":
      return acteur.cheminTerritoire ? { departementId: acteur.departementId, territoire: { chemin: { startsWith: acteur.cheminTerritoire } } } : AUCUNE_LIGNE;
    default:
      return AUCUNE_LIGNE;
  }
}
