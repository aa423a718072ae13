import type { Db } from "@/lib/db";
import type { Acteur } from "@/lib/authz/acteur";

/** Ce que reçoit chaque requête et chaque commande : l'acteur (pour le périmètre) et la base. */
export interface Contexte {
  acteur: Acteur;
  db: Db;
}
