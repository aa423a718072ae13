// Rafraîchit la vue matérialisée des agrégats de population et note l'heure et la durée.
// Sans "server-only" : appelé aussi par le chargement des données de démonstration et par la tâche
// indicateurs:rafraichir (lib/tableaux-de-bord/taches.ts), après les écritures et les imports.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export async function rafraichirIndicateurs(db: Pick<PrismaClient, "$executeRawUnsafe" | "$executeRaw">, options: { concurrent?: boolean } = {}): Promise<number> {
  const debut = performance.now();
  // statistiques à jour d'abord : après un chargement massif, le planificateur croirait les tables
  // vides et parcourrait toute la table des contrats pour chaque personne (plusieurs minutes au lieu de secondes)
  await db.$executeRawUnsafe("ANALYZE foyer, personne, contrat_engagement, objectif_contrat, activite_contrat, situation_personne");
  // CONCURRENTLY : les tableaux de bord restent lisibles pendant le calcul (index unique mv_population_cle_idx)
  for (const vue of ["mv_population", "mv_population_cartes"]) {
    await db.$executeRawUnsafe(`REFRESH MATERIALIZED VIEW ${options.concurrent ? "CONCURRENTLY " : ""}${vue}`);
  }
  const duree = Math.round(performance.now() - debut);
  await db.$executeRaw`
    INSERT INTO rafraichissement_indicateurs (vue, rafraichi_le, duree_ms) VALUES ('mv_population', now(), ${duree})
    ON CONFLICT (vue) DO UPDATE SET rafraichi_le = excluded.rafraichi_le, duree_ms = excluded.duree_ms`;
  return duree;
}
