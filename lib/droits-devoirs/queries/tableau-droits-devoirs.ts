import "server-only";
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Contexte } from "@/lib/contexte";
import { exigerPermission } from "@/lib/authz/permissions";
import { lireMois } from "../domain/periode";

export const schemaFiltresTableauDD = z.object({
  // hors de 1 à 36 ou illisible : 12 mois, et la page le dit (lireMois)
  mois: z.unknown().optional().transform((v) => lireMois(v).mois),
  // « Comparer avec la période précédente » : la période de même durée juste avant, à côté
  comparer: z.literal("1").optional().catch(undefined).transform((v) => v === "1"),
});
export type FiltresTableauDD = Omit<z.infer<typeof schemaFiltresTableauDD>, "comparer"> & { comparer?: boolean };

export interface LigneInstance {
  instance: string;
  examinees: number;
  classees: number;
  maintien: number;
  suspension: number;
  suppression: number;
  reorientation: number;
  retablissement: number;
  delaiMedian: number | null;
  delaiMoyen: number | null;
  suspensionsTerminees: number;
  remobilisees: number;
  suspenduCentimes: number;
  restitueCentimes: number;
}

/** Séances de la période : les n derniers mois, ou les n mois qui les précèdent (même durée, sans recouvrement). */
function bornesPeriode(mois: number, periode: "courante" | "precedente"): Prisma.Sql {
  return periode === "courante"
    ? Prisma.sql`se.date >= now() - make_interval(months => ${mois}::int)`
    : Prisma.sql`se.date >= now() - make_interval(months => ${2 * mois}::int) AND se.date < now() - make_interval(months => ${mois}::int)`;
}

/**
 * Activité des équipes pluridisciplinaires et commissions RSA, par instance (territoire de la séance ;
 * EP départementale à part) et pour le département : agrégats calculés par PostgreSQL, sans donnée individuelle.
 * Période : les n derniers mois (par date de séance) ; `precedente` : les n mois d'avant (de 2n à n mois en
 * arrière), pour la comparaison. Le responsable ne voit que les instances de son territoire.
 */
export async function tableauDroitsDevoirs({ acteur, db }: Contexte, f: FiltresTableauDD, periode: "courante" | "precedente" = "courante") {
  exigerPermission(acteur, "tableaux-de-bord:lire");
  const restriction =
    acteur.role === "RESPONSABLE_TERRITOIRE" || acteur.role === "REFERENT"
      ? acteur.cheminTerritoire
        ? Prisma.sql`AND ts.chemin LIKE ${`${acteur.cheminTerritoire}%`}`
        : Prisma.sql`AND false`
      : Prisma.empty;
  const lignes = await db.$queryRaw<(Omit<LigneInstance, "instance"> & { instance: string | null; departemental: boolean })[]>`
    SELECT CASE WHEN GROUPING(ti.nom) = 1 THEN NULL ELSE COALESCE(ti.nom, 'Équipe pluridisciplinaire départementale') END AS instance,
           GROUPING(ti.nom) = 1 AS departemental,
           count(*)::int AS examinees,
           count(*) FILTER (WHERE s.statut = 'CLASSEE')::int AS classees,
           count(d.id) FILTER (WHERE d.type = 'MAINTIEN')::int AS maintien,
           count(d.id) FILTER (WHERE d.type = 'SUSPENSION_REMOBILISATION')::int AS suspension,
           count(d.id) FILTER (WHERE d.type IN ('SUPPRESSION_PARTIELLE', 'SUPPRESSION_TOTALE'))::int AS suppression,
           count(d.id) FILTER (WHERE d.type = 'REORIENTATION')::int AS reorientation,
           count(d.id) FILTER (WHERE d.type = 'RETABLISSEMENT')::int AS retablissement,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY d.decide_le - s.detectee_le)::float8 AS "delaiMedian",
           round(avg(d.decide_le - s.detectee_le), 1)::float8 AS "delaiMoyen",
           count(d.id) FILTER (WHERE d.type = 'SUSPENSION_REMOBILISATION' AND (d.remobilisee_le IS NOT NULL OR d.devenue_definitive_le IS NOT NULL))::int AS "suspensionsTerminees",
           count(d.id) FILTER (WHERE d.remobilisee_le IS NOT NULL)::int AS remobilisees,
           COALESCE(sum(d.montant_suspendu_centimes), 0)::float8 AS "suspenduCentimes",
           COALESCE(sum(d.montant_restitue_centimes), 0)::float8 AS "restitueCentimes"
    FROM situation_examen s
    JOIN session_commission se ON se.id = s.session_id
    JOIN territoire ts ON ts.id = s.territoire_id
    LEFT JOIN territoire ti ON ti.id = se.territoire_id
    LEFT JOIN decision_sanction d ON d.situation_id = s.id
    WHERE s.departement_id = ${acteur.departementId} AND s.statut IN ('DECIDEE', 'CLASSEE')
      AND ${bornesPeriode(f.mois, periode)} ${restriction}
    GROUP BY ROLLUP (ti.nom)
    ORDER BY GROUPING(ti.nom), ti.nom NULLS LAST`;
  const instances = lignes.filter((l) => !l.departemental).map((l) => ({ ...l, instance: l.instance! }));
  const total = lignes.find((l) => l.departemental) ?? null;
  return { instances, total: total ? { ...total, instance: acteur.role === "RESPONSABLE_TERRITOIRE" ? "Total du territoire" : "Département" } : null, mois: f.mois };
}
