// Tâche de fond « imports:flux » : exécute un import déposé (une exécution à la fois par département),
// publie l'avancement (tâche et enregistrement de l'import, lu par la page), puis rafraîchit les agrégats
// des tableaux de bord. Sans "server-only" ni "@/lib/db" : la base est celle du contexte.
import type { ContexteTache, DefinitionTache } from "@/lib/taches/types";
import { importerFichier } from "../importer";
import { rafraichirIndicateurs } from "@/lib/tableaux-de-bord/rafraichir";

export const NOM_TACHE_IMPORT = "imports:flux";

export async function executerImport(ctx: ContexteTache): Promise<Record<string, unknown>> {
  let importId = String(ctx.parametres.importId ?? "");
  if (!importId) {
    // lancée à la main (page des tâches) : reprend le plus ancien import en attente du département
    const enAttente = await ctx.db.importFlux.findFirst({
      where: { statut: "EN_ATTENTE", ...(ctx.departementId ? { departementId: ctx.departementId } : {}) },
      orderBy: { creeLe: "asc" },
      select: { id: true },
    });
    if (!enAttente) return { message: "Aucun import en attente." };
    importId = enAttente.id;
  }
  const imp = await ctx.db.importFlux.findUnique({ where: { id: importId }, select: { departementId: true } });
  if (!imp || (ctx.departementId && imp.departementId !== ctx.departementId)) throw new Error(`import introuvable : ${importId}`);
  await ctx.db.importFlux.update({ where: { id: importId }, data: { tacheExecutionId: ctx.executionId } });
  const resume = await importerFichier({
    importId,
    progression: async (fait, total, message) => {
      await ctx.progression(fait, total, message);
      await ctx.db.importFlux.update({ where: { id: importId }, data: { avancement: Math.round((100 * fait) / total), etape: message } });
    },
  });
  if (!resume.fichierIllisible) {
    await ctx.db.importFlux.update({ where: { id: importId }, data: { etape: "Mise à jour des tableaux de bord…" } });
    await rafraichirIndicateurs(ctx.db);
    await ctx.db.importFlux.update({ where: { id: importId }, data: { avancement: 100, etape: "Import terminé ; tableaux de bord à jour." } });
  }
  return { ...resume };
}

export const tacheImporterFlux: DefinitionTache = {
  nom: NOM_TACHE_IMPORT,
  libelle: "Import d'un fichier d'allocataires (flux CAF/MSA, tableur)",
  parDepartement: true,
  executer: executerImport,
};
