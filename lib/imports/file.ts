// Mise en file de la tâche d'import. En attendant le lanceur commun (lib/taches), la tâche est exécutée
// dans le processus du serveur, une à la fois par département (verrou consultatif dans l'import).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { executerImport, NOM_TACHE_IMPORT } from "./taches/importer-flux";

export async function mettreImportEnFile(db: PrismaClient, i: { importId: string; departementId: string; demandeParId: string }): Promise<void> {
  void NOM_TACHE_IMPORT;
  void i.demandeParId;
  const promesse = executerImport({
    db,
    departementId: i.departementId,
    parametres: { importId: i.importId },
    executionId: `local-${i.importId}`,
    progression: async () => {},
  });
  promesse.catch((e) => console.error("[imports] échec de l'import", i.importId, e));
}
