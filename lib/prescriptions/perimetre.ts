import { Prisma } from "@/lib/generated/prisma/client";
import type { Acteur } from "@/lib/authz/acteur";
import { AUCUNE_LIGNE, perimetrePersonnes, perimetrePrescriptionsOperateur } from "@/lib/authz/perimetre";
import { jourIso, perimetreSituationsSql, suiviesPar } from "@/lib/authz/perimetre-sql";

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

/**
 * Même périmètre en SQL, sur la prescription `pr` et son action `a` (jointes par la requête) : la personne
 * est cherchée sur index — périodes de référent en cours, ou sous-arbre du territoire dans la projection (même
 * périmètre que les listes de personnes, perimetreSituationsSql, sans la condition de droit ouvert) — et non par
 * la relation personne → foyer → territoire évaluée prescription par prescription.
 * Comparé à la version Prisma pour chaque compte de démonstration (tests/integration/situations.int.test.ts).
 */
export function perimetreListePrescriptionsSql(acteur: Acteur, aujourdHui = new Date()): Prisma.Sql {
  const departement = Prisma.sql`a.departement_id = ${acteur.departementId}`;
  switch (acteur.role) {
    case "OPERATEUR":
      return acteur.structureId ? Prisma.sql`${departement} AND a.structure_id = ${acteur.structureId}` : Prisma.sql`false`;
    case "REFERENT":
      return Prisma.sql`${departement} AND (pr.prescripteur_id = ${acteur.id} OR pr.personne_id IN ${suiviesPar(acteur, jourIso(aujourdHui))})`;
    case "RESPONSABLE_TERRITOIRE":
      return acteur.cheminTerritoire
        ? Prisma.sql`${departement} AND pr.personne_id IN (SELECT s.personne_id FROM situation_personne s WHERE ${perimetreSituationsSql(acteur, aujourdHui)})`
        : Prisma.sql`false`;
    case "ADMIN":
    case "CHARGE_MISSION":
      return departement;
    default:
      return Prisma.sql`false`;
  }
}
