import type { Prisma } from "@/lib/generated/prisma/client";
import type { Acteur } from "@/lib/authz/acteur";
import { AUCUNE_LIGNE, perimetrePersonnes } from "@/lib/authz/perimetre";

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
