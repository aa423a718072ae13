// Après une écriture ou un import qui change la population, les commandes demandent un recalcul des
// agrégats : une seule demande en attente à la fois (les suivantes s'y joignent), exécutée par le
// travailleur des tâches de fond (REFRESH MATERIALIZED VIEW CONCURRENTLY : les pages restent lisibles).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { mettreEnFile } from "@/lib/taches/file";

export const TACHE_INDICATEURS = "indicateurs-rafraichir";

export async function demanderRafraichissementIndicateurs(db: PrismaClient, demandeParId: string | null = null): Promise<{ id: string; nouvelle: boolean }> {
  const enAttente = await db.tacheExecution.findFirst({ where: { nom: TACHE_INDICATEURS, statut: "EN_ATTENTE" }, select: { id: true } });
  if (enAttente) return { id: enAttente.id, nouvelle: false };
  return { ...(await mettreEnFile(db, { nom: TACHE_INDICATEURS, demandeParId })), nouvelle: true };
}
