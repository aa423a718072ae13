// Projection « situation de la personne » (table situation_personne, définie par la vue
// v_situation_personne). Tenue à jour par des déclencheurs d'instruction PostgreSQL dans la transaction
// de chaque écriture (personne, foyer, orientation, référent, contrat, plan, prescription) : aucun
// appel n'est nécessaire. Ces fonctions servent à recalculer explicitement (réparation, import qui
// suspend les déclencheurs) et à la reconstruction complète (chargement, tâche de nuit).
// Sans "server-only" : utilisable par les scripts, le seed et les tâches (passer ctx.db ou la transaction).
import type { PrismaClient } from "@/lib/generated/prisma/client";

type Client = Pick<PrismaClient, "$queryRaw" | "$executeRaw" | "$executeRawUnsafe">;

/** Recalcule la situation des personnes données (dans la transaction du client passé). */
export async function rafraichirSituations(db: Client, personneIds: readonly string[]): Promise<number> {
  if (!personneIds.length) return 0;
  const [r] = await db.$queryRaw<{ n: number }[]>`SELECT rafraichir_situations(${[...personneIds]}::text[]) AS n`;
  return Number(r?.n ?? 0);
}

/** Reconstruit toute la projection (quelques secondes à l'échelle d'un département). */
export async function reconstruireSituations(db: Client): Promise<{ lignes: number; dureeMs: number }> {
  const debut = performance.now();
  // statistiques d'abord : après un chargement en masse, le planificateur croirait les tables vides et
  // parcourrait toutes les périodes et tous les contrats pour chaque personne (72 s au lieu de quelques-unes)
  await db.$executeRawUnsafe("ANALYZE personne, foyer, territoire, utilisateur, periode_orientation, periode_referent, contrat_engagement, objectif_contrat, activite_contrat, prescription");
  const [r] = await db.$queryRaw<{ n: number }[]>`SELECT reconstruire_situations() AS n`;
  // VACUUM : carte de visibilité à jour, les comptages passent par les index seuls (hors transaction)
  await db.$executeRawUnsafe("VACUUM ANALYZE situation_personne");
  return { lignes: Number(r?.n ?? 0), dureeMs: Math.round(performance.now() - debut) };
}

/** Suspend les déclencheurs de la projection pour toutes les connexions (chargement en masse). */
export async function suspendreSituations(db: Client, motif: string): Promise<void> {
  await db.$executeRaw`INSERT INTO situation_suspension (motif) VALUES (${motif})`;
}

/** Rétablit les déclencheurs et reconstruit la projection. */
export async function reprendreSituations(db: Client): Promise<{ lignes: number; dureeMs: number }> {
  await db.$executeRawUnsafe("DELETE FROM situation_suspension");
  return reconstruireSituations(db);
}

/**
 * Recalcul complet par lots de personnes, chacun dans sa propre courte transaction : pour la tâche de nuit,
 * pendant que l'application écrit (reconstruire_situations() tiendrait le verrou de chaque ligne jusqu'à
 * la fin et ferait attendre toute écriture d'un contrat ou d'une orientation).
 */
export async function rafraichirToutesSituations(db: Client, taille = 2_000): Promise<{ lignes: number; dureeMs: number }> {
  const debut = performance.now();
  await db.$executeRawUnsafe("ANALYZE personne, foyer, periode_orientation, periode_referent, contrat_engagement, prescription");
  let apres = "";
  let lignes = 0;
  for (;;) {
    const ids = (await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM personne WHERE id > ${apres} AND role <> 'PERSONNE_A_CHARGE' ORDER BY id LIMIT ${taille}`).map((r) => r.id);
    if (!ids.length) break;
    lignes += await rafraichirSituations(db, ids);
    apres = ids[ids.length - 1]!;
  }
  await db.$executeRaw`DELETE FROM situation_personne s WHERE NOT EXISTS (SELECT 1 FROM personne p WHERE p.id = s.personne_id AND p.role <> 'PERSONNE_A_CHARGE')`;
  await db.$executeRawUnsafe("VACUUM ANALYZE situation_personne");
  return { lignes, dureeMs: Math.round(performance.now() - debut) };
}
