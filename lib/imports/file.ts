// Mise en file de la tâche d'import dans le lanceur commun (lib/taches) : le travailleur du serveur
// l'exécute, une à la fois par département.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { mettreEnFile } from "@/lib/taches/file";
import { NOM_TACHE_IMPORT } from "./taches/importer-flux";

export async function mettreImportEnFile(db: PrismaClient, i: { importId: string; departementId: string; demandeParId: string }): Promise<{ id: string }> {
  const tache = await mettreEnFile(db, { nom: NOM_TACHE_IMPORT, departementId: i.departementId, parametres: { importId: i.importId }, demandeParId: i.demandeParId });
  await db.importFlux.update({ where: { id: i.importId }, data: { tacheExecutionId: tache.id, etape: "En attente de traitement…" } });
  return tache;
}
