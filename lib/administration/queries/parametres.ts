import "server-only";
import type { Contexte } from "@/lib/contexte";
import { exigerPermission } from "@/lib/authz/permissions";

/** Paramètres de sécurité et de conservation du département de l'acteur (valeurs par défaut si jamais enregistrés). */
export async function lireParametresSecurite({ acteur, db }: Contexte) {
  exigerPermission(acteur, "utilisateurs:gerer");
  const p = await db.parametresSecurite.findUnique({ where: { departementId: acteur.departementId } });
  return { totpObligatoire: p?.totpObligatoire ?? false, conservationMois: p?.conservationMois ?? 24, modifieLe: p?.modifieLe ?? null };
}
