import type { Prisma } from "@/lib/generated/prisma/client";
import type { Acteur } from "@/lib/authz/acteur";
import { AUCUNE_LIGNE, perimetrePersonnes, perimetrePrescriptionsOperateur } from "@/lib/authz/perimetre";

/**
 * Prescriptions qu'un acteur voit dans la liste : l'opérateur, celles des actions de sa structure ; le
 * référent, celles qu'il a faites et celles des personnes qu'il suit ; le responsable, celles des personnes
 * de son territoire ; l'administrateur et le chargé de mission, tout le département.
 */
export function perimetreListePrescriptions(acteur: Acteur, aujourdHui = new Date()): Prisma.PrescriptionWhereInput {
  switch (acteur.role) {
    case "OPERATEUR":
      return perimetrePrescriptionsOperateur(acteur);
    case "REFERENT":
      return { action: { departementId: acteur.departementId }, OR: [{ prescripteurId: acteur.id }, { personne: perimetrePersonnes(acteur, aujourdHui) }] };
    case "RESPONSABLE_TERRITOIRE":
      return { action: { departementId: acteur.departementId }, personne: perimetrePersonnes(acteur, aujourdHui) };
    case "ADMIN":
    case "CHARGE_MISSION":
      return { action: { departementId: acteur.departementId } };
    default:
      return AUCUNE_LIGNE;
  }
}
