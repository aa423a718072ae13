import type { Role } from "@/lib/generated/prisma/enums";

export type { Role };

/** L'utilisateur authentifié, tel que les requêtes et commandes le reçoivent. */
export interface Acteur {
  id: string;
  role: Role;
  departementId: string;
  /** Territoire de rattachement (responsable de territoire, référent). */
  territoireId: string | null;
  /** Chemin matérialisé du territoire de rattachement : son sous-arbre se lit par préfixe. */
  cheminTerritoire: string | null;
  structureId: string | null;
  nomComplet: string;
}

export const LIBELLES_ROLES: Record<Role, string> = {
  ADMIN: "Administrateur fonctionnel",
  CHARGE_MISSION: "Chargé(e) de mission",
  RESPONSABLE_TERRITOIRE: "Responsable de territoire",
  REFERENT: "Référent de parcours",
  OPERATEUR: "Opérateur (structure partenaire)",
  LECTEUR: "Lecteur (données agrégées)",
};
