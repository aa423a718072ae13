import { ErreurPermission } from "@/lib/errors";
import type { Acteur, Role } from "./acteur";

/** Permissions par rôle. Le périmètre (quelles lignes) est traité à part, dans perimetre.ts. */
export type Permission =
  | "referentiels:lire"
  | "structures:modifier"
  | "catalogue:lire"
  | "catalogue:modifier"
  | "tableaux-de-bord:lire"
  | "donnees-personnelles:lire"
  | "conventions:lire"
  | "conventions:modifier"
  | "bilans:saisir"
  | "budgets:lire"
  | "budgets:modifier"
  | "beneficiaires:lire"
  | "contrats:rediger"
  | "contrats:valider"
  | "prescriptions:prescrire"
  | "prescriptions:suivre"
  | "prescriptions:lire"
  | "utilisateurs:gerer"
  | "journal:lire"
  // droits et devoirs
  | "droits-devoirs:lire"
  | "commissions:menu"
  | "rendez-vous:gerer"
  | "manquements:signaler"
  | "commissions:instruire"
  | "decisions:prendre"
  | "remobilisation:enregistrer"
  | "transmissions:generer"
  | "messages:lire"
  | "droits-devoirs:parametrer"
  | "imports:gerer"
  | "taches:gerer"
  | "donnees-personnelles:exporter"
  | "aides:lire"
  | "aides:demander"
  | "aides:decider";

const TOUS: Role[] = ["ADMIN", "CHARGE_MISSION", "RESPONSABLE_TERRITOIRE", "REFERENT", "OPERATEUR", "LECTEUR"];

const ROLES_PAR_PERMISSION: Record<Permission, Role[]> = {
  "referentiels:lire": TOUS,
  "structures:modifier": ["ADMIN", "CHARGE_MISSION"],
  "catalogue:lire": TOUS,
  // l'opérateur ne modifie que les actions de sa structure : restriction portée par le périmètre
  "catalogue:modifier": ["ADMIN", "CHARGE_MISSION", "OPERATEUR"],
  "tableaux-de-bord:lire": ["ADMIN", "CHARGE_MISSION", "RESPONSABLE_TERRITOIRE", "LECTEUR"],
  // le lecteur ne voit que des agrégats, jamais de données personnelles
  "donnees-personnelles:lire": ["ADMIN", "CHARGE_MISSION", "RESPONSABLE_TERRITOIRE", "REFERENT", "OPERATEUR"],
  // l'opérateur ne lit que les conventions de sa structure (périmètre) et y saisit ses bilans
  "conventions:lire": ["ADMIN", "CHARGE_MISSION", "RESPONSABLE_TERRITOIRE", "LECTEUR", "OPERATEUR"],
  "conventions:modifier": ["ADMIN", "CHARGE_MISSION"],
  "bilans:saisir": ["ADMIN", "CHARGE_MISSION", "OPERATEUR"],
  "budgets:lire": ["ADMIN", "CHARGE_MISSION", "RESPONSABLE_TERRITOIRE", "LECTEUR"],
  "budgets:modifier": ["ADMIN", "CHARGE_MISSION"],
  // dossiers individuels : jamais le lecteur ; l'opérateur n'y accède pas (il suit ses prescriptions)
  "beneficiaires:lire": ["ADMIN", "CHARGE_MISSION", "RESPONSABLE_TERRITOIRE", "REFERENT"],
  "contrats:rediger": ["REFERENT", "ADMIN"],
  "contrats:valider": ["RESPONSABLE_TERRITOIRE", "ADMIN"],
  "prescriptions:prescrire": ["REFERENT", "ADMIN"],
  "prescriptions:suivre": ["OPERATEUR", "ADMIN", "CHARGE_MISSION"],
  // la liste des prescriptions : le référent voit les siennes, le responsable celles de son territoire
  "prescriptions:lire": ["OPERATEUR", "ADMIN", "CHARGE_MISSION", "REFERENT", "RESPONSABLE_TERRITOIRE"],
  "utilisateurs:gerer": ["ADMIN"],
  "journal:lire": ["ADMIN"],
  // droits et devoirs : le référent voit ses personnes, le responsable son territoire, les autres le département
  "droits-devoirs:lire": ["ADMIN", "CHARGE_MISSION", "RESPONSABLE_TERRITOIRE", "REFERENT"],
  // le lecteur y trouve le tableau de bord (agrégats seulement)
  "commissions:menu": ["ADMIN", "CHARGE_MISSION", "RESPONSABLE_TERRITOIRE", "REFERENT", "LECTEUR"],
  "rendez-vous:gerer": ["REFERENT", "ADMIN"],
  "manquements:signaler": ["REFERENT", "RESPONSABLE_TERRITOIRE", "ADMIN"],
  "commissions:instruire": ["RESPONSABLE_TERRITOIRE", "CHARGE_MISSION", "ADMIN"],
  // le président du conseil départemental ou son délégataire (responsable de territoire)
  "decisions:prendre": ["RESPONSABLE_TERRITOIRE", "ADMIN"],
  "remobilisation:enregistrer": ["REFERENT", "RESPONSABLE_TERRITOIRE", "ADMIN"],
  "transmissions:generer": ["CHARGE_MISSION", "ADMIN"],
  "messages:lire": ["ADMIN"],
  "droits-devoirs:parametrer": ["ADMIN"],
  // flux CAF/MSA et tableurs d'allocataires : pour leur seul département (périmètre)
  "imports:gerer": ["ADMIN", "CHARGE_MISSION"],
  "taches:gerer": ["ADMIN"],
  // droit d'accès RGPD : export complet d'un dossier, instruit par l'administration
  "donnees-personnelles:exporter": ["ADMIN", "CHARGE_MISSION"],
  // aides financières : le référent demande depuis le dossier, le chargé de mission instruit, décide et verse
  "aides:lire": ["ADMIN", "CHARGE_MISSION", "RESPONSABLE_TERRITOIRE", "REFERENT"],
  "aides:demander": ["REFERENT", "ADMIN"],
  "aides:decider": ["CHARGE_MISSION", "ADMIN"],
};

export function peut(acteur: Pick<Acteur, "role">, permission: Permission): boolean {
  return ROLES_PAR_PERMISSION[permission].includes(acteur.role);
}

export function exigerPermission(acteur: Pick<Acteur, "role">, permission: Permission): void {
  if (!peut(acteur, permission)) throw new ErreurPermission();
}
