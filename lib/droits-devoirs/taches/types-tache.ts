// Forme des tâches du lanceur commun (lib/taches, écrit sur main) : reprise ici tant que la branche
// n'a pas fusionné main ; remplacée par l'import de "@/lib/taches/types" ensuite.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface ContexteTache {
  db: PrismaClient;
  departementId: string | null;
  parametres: Record<string, unknown>;
  executionId: string;
  progression(fait: number, total?: number | null, message?: string): Promise<void>;
}

export interface DefinitionTache {
  nom: string;
  libelle: string;
  quotidienne?: boolean;
  parDepartement?: boolean;
  executer(ctx: ContexteTache): Promise<Record<string, unknown> | void>;
}
