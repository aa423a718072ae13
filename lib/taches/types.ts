// Tâches de fond : ce qu'une tâche reçoit et ce qu'elle déclare (docs/decisions/1001-taches-de-fond.md).
import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface ContexteTache {
  /** Client propre au travailleur (ou au script) : une tâche n'importe jamais `@/lib/db`. */
  db: PrismaClient;
  /** Département concerné, ou null pour une tâche de l'instance. */
  departementId: string | null;
  parametres: Record<string, unknown>;
  executionId: string;
  /** Avancement visible dans les pages (limité à une écriture toutes les 500 ms). */
  progression(fait: number, total?: number | null, message?: string): Promise<void>;
}

export interface DefinitionTache {
  nom: string;
  /** Libellé pour l'administrateur (« Échéances des contrats »). */
  libelle: string;
  /** Planifiée une fois par jour (par département si `parDepartement`). */
  quotidienne?: boolean;
  /** Une exécution par département, jamais deux à la fois pour le même département. */
  parDepartement?: boolean;
  executer(ctx: ContexteTache): Promise<Record<string, unknown> | void>;
}
