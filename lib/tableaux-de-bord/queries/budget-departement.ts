import "server-only";
import type { Contexte } from "@/lib/contexte";

/** Budget (prévu / engagé / mandaté par axe et par financeur), pour le département ; les coûts des conventions : resultats-conventions.ts. */
export async function budgetDepartement({ acteur, db }: Contexte) {
  const [parAxe, parFinanceur] = await Promise.all([
    db.$queryRaw<{ programme: string; exercice: number; axe: string; prevu: bigint; engage: bigint; mandate: bigint }[]>`
      SELECT p.intitule AS programme, l.exercice, coalesce(a.code || ' ' || a.intitule, 'Hors axe') AS axe,
             sum(v.prevu)::bigint AS prevu, sum(v.engage)::bigint AS engage, sum(v.mandate)::bigint AS mandate
      FROM ligne_budgetaire l JOIN v_etat_ligne v ON v.id = l.id JOIN programme p ON p.id = l.programme_id LEFT JOIN axe_programme a ON a.id = l.axe_id
      WHERE l.departement_id = ${acteur.departementId}
      GROUP BY 1, 2, 3, a.ordre ORDER BY 2, a.ordre NULLS LAST`,
    db.$queryRaw<{ exercice: number; financeur: string; prevu: bigint }[]>`
      SELECT l.exercice, pf.financeur::text AS financeur, sum(pf.montant_centimes)::bigint AS prevu
      FROM part_financeur pf JOIN ligne_budgetaire l ON l.id = pf.ligne_id
      WHERE l.departement_id = ${acteur.departementId} GROUP BY 1, 2 ORDER BY 1, 2`,
  ]);
  return {
    parAxe: parAxe.map((l) => ({ ...l, prevu: Number(l.prevu), engage: Number(l.engage), mandate: Number(l.mandate) })),
    parFinanceur: parFinanceur.map((l) => ({ ...l, prevu: Number(l.prevu) })),
  };
}
