import type { Prisma } from "@/lib/generated/prisma/client";
import type { Acteur } from "./acteur";

/**
 * Le périmètre de l'acteur traduit en clauses `where` Prisma. Chaque requête et chaque commande
 * les applique : une ligne hors périmètre n'est jamais lue, et un identifiant hors périmètre
 * donne « introuvable » (404), exactement comme un identifiant inexistant.
 */

const ROLES_DEPARTEMENT = new Set(["ADMIN", "CHARGE_MISSION", "LECTEUR"]);

/** Clause qui ne retient aucune ligne (compte mal configuré : il ne voit rien plutôt que tout). */
export const AUCUNE_LIGNE = { id: { in: [] as string[] } };

/** Vrai si l'acteur est limité à un sous-arbre territorial. */
export function estLimiteAuTerritoire(acteur: Acteur): acteur is Acteur & { cheminTerritoire: string } {
  return !ROLES_DEPARTEMENT.has(acteur.role) && acteur.role !== "OPERATEUR" && acteur.cheminTerritoire !== null;
}

/** Territoires dont l'acteur peut consulter les données (fiche territoire, tableaux de bord). */
export function perimetreTerritoires(acteur: Acteur): Prisma.TerritoireWhereInput {
  if (acteur.role === "RESPONSABLE_TERRITOIRE" || acteur.role === "REFERENT") {
    // sans territoire de rattachement, rien : un compte mal configuré ne voit pas tout le département
    if (!acteur.cheminTerritoire) return AUCUNE_LIGNE;
    return { departementId: acteur.departementId, chemin: { startsWith: acteur.cheminTerritoire } };
  }
  return { departementId: acteur.departementId };
}

/** Territoires du référentiel (listes de choix, filtres) : tout le département de l'acteur. */
export function referentielTerritoires(acteur: Acteur): Prisma.TerritoireWhereInput {
  return { departementId: acteur.departementId };
}

/** Structures : l'opérateur ne voit que la sienne ; les autres rôles, celles de leur département. */
export function perimetreStructures(acteur: Acteur): Prisma.StructureWhereInput {
  if (acteur.role === "OPERATEUR") return acteur.structureId ? { departementId: acteur.departementId, id: acteur.structureId } : AUCUNE_LIGNE;
  return { departementId: acteur.departementId };
}

/** Utilisateurs : l'administrateur voit son département, le responsable son territoire, les autres eux-mêmes. */
export function perimetreUtilisateurs(acteur: Acteur): Prisma.UtilisateurWhereInput {
  if (acteur.role === "ADMIN") return { departementId: acteur.departementId };
  if (acteur.role === "RESPONSABLE_TERRITOIRE" && acteur.cheminTerritoire) {
    return { departementId: acteur.departementId, territoire: { chemin: { startsWith: acteur.cheminTerritoire } } };
  }
  return { id: acteur.id };
}

/** Programmes : ceux du département (un programme local reste lisible de tout le département). */
export function perimetreProgrammes(acteur: Acteur): Prisma.ProgrammeWhereInput {
  return { departementId: acteur.departementId };
}

/**
 * Journal d'audit : celui du département de l'acteur, plus les événements sans département (échecs de
 * connexion avec un courriel inconnu) pour l'administrateur : sinon aucun administrateur ne les verrait.
 */
export function perimetreJournal(acteur: Acteur): Prisma.JournalAuditWhereInput {
  if (acteur.role === "ADMIN") return { OR: [{ departementId: acteur.departementId }, { departementId: null }] };
  return { departementId: acteur.departementId };
}

/** Conventions : l'opérateur ne voit que celles dont sa structure est titulaire, mandataire ou co-traitante. */
export function perimetreConventions(acteur: Acteur): Prisma.ConventionWhereInput {
  if (acteur.role === "OPERATEUR") {
    if (!acteur.structureId) return AUCUNE_LIGNE;
    const s = acteur.structureId;
    return {
      departementId: acteur.departementId,
      OR: [{ structureId: s }, { lots: { some: { OR: [{ mandataireId: s }, { cotraitants: { some: { structureId: s } } }] } } }],
    };
  }
  return { departementId: acteur.departementId };
}

/** Lignes budgétaires : celles du département (lecture réservée par permission aux rôles de pilotage). */
export function perimetreBudget(acteur: Acteur): Prisma.LigneBudgetaireWhereInput {
  return { departementId: acteur.departementId };
}

/**
 * Personnes dont l'acteur peut lire le dossier : le référent, celles qu'il suit aujourd'hui (période de
 * référent en cours) ; le responsable, celles qui résident sur son territoire ; l'administrateur et le
 * chargé de mission, tout le département. Le lecteur et l'opérateur : aucune (l'opérateur ne voit que
 * ses prescriptions, par une requête à part qui ne montre ni santé ni sanctions).
 */
export function perimetrePersonnes(acteur: Acteur, aujourdHui = new Date()): Prisma.PersonneWhereInput {
  const jour = new Date(Date.UTC(aujourdHui.getUTCFullYear(), aujourdHui.getUTCMonth(), aujourdHui.getUTCDate()));
  switch (acteur.role) {
    case "ADMIN":
    case "CHARGE_MISSION":
      return { foyer: { departementId: acteur.departementId } };
    case "RESPONSABLE_TERRITOIRE":
      return acteur.cheminTerritoire ? { foyer: { departementId: acteur.departementId, territoire: { chemin: { startsWith: acteur.cheminTerritoire } } } } : AUCUNE_LIGNE;
    case "REFERENT":
      return {
        foyer: { departementId: acteur.departementId },
        referents: { some: { referentId: acteur.id, dateDebut: { lte: jour }, OR: [{ dateFin: null }, { dateFin: { gte: jour } }] } },
      };
    default:
      return AUCUNE_LIGNE;
  }
}

/** Prescriptions que l'opérateur suit : celles des actions de sa structure. */
export function perimetrePrescriptionsOperateur(acteur: Acteur): Prisma.PrescriptionWhereInput {
  if (acteur.role === "OPERATEUR") return acteur.structureId ? { action: { departementId: acteur.departementId, structureId: acteur.structureId } } : AUCUNE_LIGNE;
  return { action: { departementId: acteur.departementId } };
}
