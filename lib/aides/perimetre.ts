import type { Prisma } from "@/lib/generated/prisma/client";
import type { Acteur } from "@/lib/authz/acteur";
import { AUCUNE_LIGNE, perimetrePersonnes } from "@/lib/authz/perimetre";

/**
 * Demandes d'aide lisibles par l'acteur : celles des personnes dont il peut lire le dossier (le référent,
 * les personnes qu'il suit ; le responsable, son territoire ; le département pour le pilotage).
 */
export function perimetreAides(acteur: Acteur): Prisma.DemandeAideWhereInput {
  if (acteur.role === "LECTEUR" || acteur.role === "OPERATEUR") return AUCUNE_LIGNE;
  if (acteur.role === "ADMIN" || acteur.role === "CHARGE_MISSION") return { departementId: acteur.departementId };
  return { departementId: acteur.departementId, personne: perimetrePersonnes(acteur) };
}
