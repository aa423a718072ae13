import type { Prisma } from "@/lib/generated/prisma/client";
import type { Acteur } from "@/lib/authz/acteur";
import { peut } from "@/lib/authz/permissions";
import { AUCUNE_LIGNE } from "@/lib/authz/perimetre";

/** Lecture du catalogue : tout le département de l'acteur, pour tous les rôles. */
export function perimetreCatalogue(acteur: Acteur): Prisma.ActionInsertionWhereInput {
  return { departementId: acteur.departementId };
}

/** Écriture : chargé de mission et administrateur sur tout le département ; l'opérateur sur les actions de sa structure. */
export function perimetreActionsModifiables(acteur: Acteur): Prisma.ActionInsertionWhereInput {
  if (acteur.role === "OPERATEUR") return acteur.structureId ? { departementId: acteur.departementId, structureId: acteur.structureId } : AUCUNE_LIGNE;
  if (peut(acteur, "catalogue:modifier")) return { departementId: acteur.departementId };
  return AUCUNE_LIGNE;
}

export function peutModifierAction(acteur: Acteur, action: { departementId: string; structureId: string | null }): boolean {
  if (!peut(acteur, "catalogue:modifier") || action.departementId !== acteur.departementId) return false;
  return acteur.role !== "OPERATEUR" || (acteur.structureId !== null && action.structureId === acteur.structureId);
}
