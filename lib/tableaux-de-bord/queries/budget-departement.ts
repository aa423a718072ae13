import "server-only";
import type { Contexte } from "@/lib/contexte";
import { couts } from "../domain/indicateurs";

/** Budget (prévu / engagé / mandaté par axe et par financeur) et coûts des conventions, pour le département. */
export async function budgetDepartement({ acteur, db }: Contexte) {
  const [parAxe, parFinanceur, conventions] = await Promise.all([
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
    db.$queryRaw<{ id: string; objet: string; montant: bigint | null; volume: number | null; sorties_positives: number | null }[]>`
      SELECT c.id, c.objet,
             montant_courant_convention(c.id) AS montant,
             c.volume,
             (SELECT sum(s.nombre)::int FROM bilan b JOIN bilan_sortie s ON s.bilan_id = b.id
              WHERE b.convention_id = c.id AND s.type_sortie IN ('EMPLOI_DURABLE', 'EMPLOI_TRANSITION', 'SORTIE_POSITIVE')) AS sorties_positives
      FROM convention c WHERE c.departement_id = ${acteur.departementId} AND c.montant_initial_centimes IS NOT NULL AND c.volume IS NOT NULL
      ORDER BY c.date_debut DESC`,
  ]);
  return {
    parAxe: parAxe.map((l) => ({ ...l, prevu: Number(l.prevu), engage: Number(l.engage), mandate: Number(l.mandate) })),
    parFinanceur: parFinanceur.map((l) => ({ ...l, prevu: Number(l.prevu) })),
    couts: conventions.map((c) => ({ id: c.id, objet: c.objet, montant: c.montant === null ? null : Number(c.montant), volume: c.volume, ...couts(c.montant === null ? null : Number(c.montant), c.volume, c.sorties_positives) })),
  };
}
