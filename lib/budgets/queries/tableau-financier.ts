import "server-only";
import { filtreIdentifiant } from "@/lib/validation/filtres";
import { z } from "zod";
import type { Contexte } from "@/lib/contexte";
import { perimetreBudget } from "@/lib/authz/perimetre";

export const schemaSelectionTableau = z.object({
  programme: filtreIdentifiant(),
  exercice: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  // « Comparer avec l'année précédente » : l'exercice et le précédent, même programme
  comparer: z.literal("1").optional().catch(undefined).transform((v) => v === "1"),
});

export interface LigneTableau {
  niveau: "ligne" | "axe" | "total";
  id: string | null;
  axeCode: string | null;
  axeIntitule: string | null;
  libelle: string | null;
  ficheCode: string | null;
  ficheStatut: string | null;
  objectifs: string | null;
  observations: string | null;
  prevu: number;
  engage: number;
  mandate: number;
  entrants: number;
  sortants: number;
}

/** Programmes et exercices qui ont des lignes de crédits (pour le sélecteur). */
export async function exercicesBudgetaires({ acteur, db }: Contexte) {
  const couples = await db.ligneBudgetaire.groupBy({
    by: ["programmeId", "exercice"],
    where: perimetreBudget(acteur),
    orderBy: [{ exercice: "desc" }],
  });
  const programmes = await db.programme.findMany({ where: { id: { in: [...new Set(couples.map((c) => c.programmeId))] } }, select: { id: true, intitule: true } });
  const nom = new Map(programmes.map((p) => [p.id, p.intitule]));
  return couples.map((c) => ({ programmeId: c.programmeId, exercice: c.exercice, intitule: nom.get(c.programmeId) ?? "" }));
}

/**
 * Tableau financier d'un programme pour un exercice : une ligne par fiche, un sous-total par axe et le
 * total, calculés par PostgreSQL (GROUPING SETS). Montants en centimes.
 */
export async function tableauFinancier({ acteur, db }: Contexte, programmeId: string, exercice: number): Promise<LigneTableau[]> {
  const lignes = await db.$queryRaw<
    { niveau: LigneTableau["niveau"]; id: string | null; axe_code: string | null; axe_intitule: string | null; libelle: string | null; fiche_code: string | null; fiche_statut: string | null; objectifs: string | null; observations: string | null; prevu: bigint; engage: bigint; mandate: bigint; entrants: bigint; sortants: bigint }[]
  >`
    WITH l AS (
      SELECT l.id, l.libelle, l.objectifs, l.observations, l.ordre, v.prevu,
             coalesce(a.ordre, 1000000) AS axe_ordre, a.code AS axe_code, a.intitule AS axe_intitule,
             f.code AS fiche_code, f.statut::text AS fiche_statut,
             v.engage, v.mandate, v.entrants, v.sortants
      FROM ligne_budgetaire l
      JOIN v_etat_ligne v ON v.id = l.id
      LEFT JOIN axe_programme a ON a.id = l.axe_id
      LEFT JOIN fiche_action f ON f.id = l.fiche_id
      WHERE l.departement_id = ${acteur.departementId} AND l.programme_id = ${programmeId} AND l.exercice = ${exercice}
    )
    SELECT CASE WHEN grouping(axe_ordre) = 1 THEN 'total' WHEN grouping(id) = 1 THEN 'axe' ELSE 'ligne' END AS niveau,
           id, axe_code, axe_intitule, libelle, fiche_code, fiche_statut, objectifs, observations,
           sum(prevu)::bigint AS prevu, sum(engage)::bigint AS engage, sum(mandate)::bigint AS mandate,
           sum(entrants)::bigint AS entrants, sum(sortants)::bigint AS sortants
    FROM l
    GROUP BY GROUPING SETS (
      (axe_ordre, axe_code, axe_intitule, id, libelle, fiche_code, fiche_statut, objectifs, observations, ordre),
      (axe_ordre, axe_code, axe_intitule),
      ()
    )
    ORDER BY axe_ordre NULLS LAST, grouping(id), ordre`;
  return lignes.map((l) => ({
    niveau: l.niveau,
    id: l.id,
    axeCode: l.axe_code,
    axeIntitule: l.axe_intitule,
    libelle: l.libelle,
    ficheCode: l.fiche_code,
    ficheStatut: l.fiche_statut,
    objectifs: l.objectifs,
    observations: l.observations,
    prevu: Number(l.prevu),
    engage: Number(l.engage),
    mandate: Number(l.mandate),
    entrants: Number(l.entrants),
    sortants: Number(l.sortants),
  }));
}
