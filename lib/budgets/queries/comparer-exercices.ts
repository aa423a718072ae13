import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Contexte } from "@/lib/contexte";

/** Un poste (axe, famille de lignes, total) de l'exercice et du précédent : prévu (voté), engagé, mandaté, en centimes. */
export interface PosteCompare {
  niveau: "axe" | "famille" | "total";
  axe: string;
  famille: string | null;
  prevu: number;
  prevuPrecedent: number;
  engage: number;
  engagePrecedent: number;
  mandate: number;
  mandatePrecedent: number;
}

type Brut = { niveau: PosteCompare["niveau"]; axe: string | null; famille: string | null; prevu: bigint; prevu_prec: bigint; engage: bigint; engage_prec: bigint; mandate: bigint; mandate_prec: bigint };

/**
 * L'exercice et le précédent côte à côte (« Comparer avec l'année précédente ») : prévu, engagé et mandaté
 * par axe et par famille de lignes (une famille = les lignes de même intitulé d'un exercice à l'autre), et
 * prévu par financeur ; tout le département (tableau de bord) ou un programme (/budgets). Deux requêtes,
 * sur les deux exercices seulement (index departement_id, programme_id, exercice).
 */
export async function comparerExercices({ acteur, db }: Contexte, exercice: number, programmeId: string | null = null) {
  const programme = programmeId ? Prisma.sql`AND l.programme_id = ${programmeId}` : Prisma.empty;
  const precedent = exercice - 1;
  const [postes, financeurs] = await Promise.all([
    db.$queryRaw<Brut[]>`
      WITH l AS (
        SELECT l.exercice, l.libelle AS famille, coalesce(a.code || ' ' || a.intitule, 'Hors axe') AS axe, coalesce(a.ordre, 1000000) AS axe_ordre,
               v.prevu, v.engage, v.mandate
        FROM ligne_budgetaire l JOIN v_etat_ligne v ON v.id = l.id LEFT JOIN axe_programme a ON a.id = l.axe_id
        WHERE l.departement_id = ${acteur.departementId} AND l.exercice IN (${exercice}::int, ${precedent}::int) ${programme}
      )
      SELECT CASE WHEN grouping(axe) = 1 THEN 'total' WHEN grouping(famille) = 1 THEN 'axe' ELSE 'famille' END AS niveau, axe, famille,
             coalesce(sum(prevu) FILTER (WHERE exercice = ${exercice}::int), 0)::bigint AS prevu,
             coalesce(sum(prevu) FILTER (WHERE exercice = ${precedent}::int), 0)::bigint AS prevu_prec,
             coalesce(sum(engage) FILTER (WHERE exercice = ${exercice}::int), 0)::bigint AS engage,
             coalesce(sum(engage) FILTER (WHERE exercice = ${precedent}::int), 0)::bigint AS engage_prec,
             coalesce(sum(mandate) FILTER (WHERE exercice = ${exercice}::int), 0)::bigint AS mandate,
             coalesce(sum(mandate) FILTER (WHERE exercice = ${precedent}::int), 0)::bigint AS mandate_prec
      FROM l
      GROUP BY GROUPING SETS ((axe, famille), (axe), ())
      HAVING count(*) > 0 -- aucun exercice inscrit : pas même de ligne « Total »
      ORDER BY grouping(axe), min(axe_ordre), axe, grouping(famille) DESC, famille`,
    db.$queryRaw<{ financeur: string; prevu: bigint; prevu_prec: bigint }[]>`
      SELECT pf.financeur::text AS financeur,
             coalesce(sum(pf.montant_centimes) FILTER (WHERE l.exercice = ${exercice}::int), 0)::bigint AS prevu,
             coalesce(sum(pf.montant_centimes) FILTER (WHERE l.exercice = ${precedent}::int), 0)::bigint AS prevu_prec
      FROM part_financeur pf JOIN ligne_budgetaire l ON l.id = pf.ligne_id
      WHERE l.departement_id = ${acteur.departementId} AND l.exercice IN (${exercice}::int, ${precedent}::int) ${programme}
      GROUP BY 1 ORDER BY 1`,
  ]);
  return {
    exercice,
    precedent,
    postes: postes.map((p): PosteCompare => ({
      niveau: p.niveau,
      axe: p.axe ?? "Total",
      famille: p.famille,
      prevu: Number(p.prevu),
      prevuPrecedent: Number(p.prevu_prec),
      engage: Number(p.engage),
      engagePrecedent: Number(p.engage_prec),
      mandate: Number(p.mandate),
      mandatePrecedent: Number(p.mandate_prec),
    })),
    financeurs: financeurs.map((f) => ({ financeur: f.financeur, prevu: Number(f.prevu), prevuPrecedent: Number(f.prevu_prec) })),
  };
}
export type ComparaisonExercices = Awaited<ReturnType<typeof comparerExercices>>;
