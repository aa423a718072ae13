import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Contexte } from "@/lib/contexte";
import { perimetreTerritoires } from "@/lib/authz/perimetre";
import { exigerPermission } from "@/lib/authz/permissions";
import { ErreurIntrouvable } from "@/lib/errors";

export interface ComparaisonChiffre {
  indicateur: string;
  libelle: string;
  unite: string;
  publie: number;
  /** ce que l'application calcule sur ses données, quand c'est calculable */
  calcule: number | null;
  source: string;
}

export interface EvaluationAction {
  actionId: string;
  code: string;
  intitule: string;
  chiffres: ComparaisonChiffre[];
}

/** indicateurs publiés qui demandent de compter les personnes une à une (âges, enfants compris) */
const INDICATEURS_PERSONNES = ["PERSONNES_COUVERTES", "TAUX_COUVERTURE", "PART_FEMMES", "PART_HOMMES", "PART_18_25", "PART_26_35"];

const pct = (n: number, d: number) => (d ? Math.round((1000 * n) / d) / 10 : null);

/**
 * Chiffres publiés d'un territoire (ou du département) face à ce que l'application calcule : ménages,
 * personnes couvertes et profil (au 30/11 de l'année publiée), et l'évaluation de chaque action
 * (entrées, sorties, abandons, sorties dynamiques de l'année). Agrégats seulement, calculés en SQL.
 */
export async function comparerChiffresPublies({ acteur, db }: Contexte, territoireId: string | null) {
  exigerPermission(acteur, "tableaux-de-bord:lire");
  let chemin: string | null = null;
  if (territoireId) {
    const t = await db.territoire.findFirst({ where: { AND: [{ id: territoireId }, perimetreTerritoires(acteur)] }, select: { chemin: true } });
    if (!t) throw new ErreurIntrouvable("Territoire");
    chemin = t.chemin;
  } else if (acteur.role === "RESPONSABLE_TERRITOIRE" || acteur.role === "REFERENT") {
    throw new ErreurIntrouvable("Territoire");
  }
  const publies = await db.chiffrePublie.findMany({
    where: { departementId: acteur.departementId, territoireId, theme: { in: ["ALLOCATAIRES", "PLICS", "EVALUATION_ACTION", "ACTIVITE_RSA"] } },
    orderBy: { ordre: "asc" },
    include: { action: { select: { id: true, code: true, intitule: true, capacite: true } } },
  });
  if (!publies.length) return { annee: null, allocataires: [], activite: [], evaluations: [] };
  const annee = Math.max(...publies.map((p) => p.annee));
  const reference = `${annee}-11-30`;
  const dans = chemin ? Prisma.sql`f.territoire_id IN (SELECT id FROM territoire WHERE chemin LIKE ${`${chemin}%`})` : Prisma.sql`true`;
  // des agrégats simples plutôt qu'une jointure comptée en DISTINCT : foyers ; contractualisation lue dans
  // l'agrégat des tableaux de bord (mv_population_cartes, même règle contrat_vivant() que la carte des
  // contrats) ; personnes (âges, personnes couvertes) seulement si un chiffre publié le demande
  const publiesIci = new Set(publies.filter((p) => !p.action).map((p) => p.indicateur));
  const besoinPersonnes = INDICATEURS_PERSONNES.some((i) => publiesIci.has(i));
  const [[foyers], [contrats], [personnes]] = await Promise.all([
    db.$queryRaw<Record<string, number>[]>`
      SELECT count(*)::int AS menages,
             count(*) FILTER (WHERE f.situation_familiale = 'SEUL_SANS_ENFANT')::int AS seuls,
             count(*) FILTER (WHERE f.situation_familiale = 'MONOPARENTAL')::int AS monoparentaux,
             count(*) FILTER (WHERE f.date_ouverture_droits < ${reference}::date - interval '36 months')::int AS anciens,
             count(*) FILTER (WHERE f.date_ouverture_droits BETWEEN make_date(${annee}, 1, 1) AND make_date(${annee}, 12, 31))::int AS entrants
      FROM foyer f WHERE f.departement_id = ${acteur.departementId} AND f.etat_droit = 'OUVERT' AND ${dans}`,
    db.$queryRaw<Record<string, number>[]>`
      SELECT coalesce(sum(m.n), 0)::int AS adultes_contrats, coalesce(sum(m.sous_contrat), 0)::int AS sous_contrat
      FROM mv_population_cartes m
      WHERE m.jeu = 'CONTRATS' AND m.departement_id = ${acteur.departementId}
        AND ${chemin ? Prisma.sql`m.territoire_id IN (SELECT id FROM territoire WHERE chemin LIKE ${`${chemin}%`})` : Prisma.sql`true`}`,
    besoinPersonnes
      ? db.$queryRaw<Record<string, number>[]>`
          SELECT count(*)::int AS personnes,
                 count(*) FILTER (WHERE p.role <> 'PERSONNE_A_CHARGE')::int AS adultes,
                 count(*) FILTER (WHERE p.role <> 'PERSONNE_A_CHARGE' AND p.sexe = 'F')::int AS femmes,
                 count(*) FILTER (WHERE p.role <> 'PERSONNE_A_CHARGE' AND age_revolu(p.date_naissance, ${reference}::date) BETWEEN 18 AND 25)::int AS a18_25,
                 count(*) FILTER (WHERE p.role <> 'PERSONNE_A_CHARGE' AND age_revolu(p.date_naissance, ${reference}::date) BETWEEN 26 AND 35)::int AS a26_35
          FROM personne p JOIN foyer f ON f.id = p.foyer_id
          WHERE f.departement_id = ${acteur.departementId} AND f.etat_droit = 'OUVERT' AND ${dans}`
      : [{}],
  ]);
  const pop = { ...foyers, ...contrats, ...personnes };
  const population = publies.find((p) => p.indicateur === "POPULATION")?.valeur ?? null;
  const v = pop ?? {};
  const calculs: Record<string, number | null> = {
    MENAGES_ALLOCATAIRES: v.menages ?? 0,
    PERSONNES_COUVERTES: v.personnes ?? 0,
    TAUX_COUVERTURE: population ? Math.round((10000 * (v.personnes ?? 0)) / population) / 100 : null,
    PART_FEMMES: pct(v.femmes ?? 0, v.adultes ?? 0),
    PART_HOMMES: pct((v.adultes ?? 0) - (v.femmes ?? 0), v.adultes ?? 0),
    PART_18_25: pct(v.a18_25 ?? 0, v.adultes ?? 0),
    PART_26_35: pct(v.a26_35 ?? 0, v.adultes ?? 0),
    PART_PERSONNES_SEULES: pct(v.seuls ?? 0, v.menages ?? 0),
    PART_MONOPARENTALES: pct(v.monoparentaux ?? 0, v.menages ?? 0),
    PART_ANCIENNETE_36_MOIS: pct(v.anciens ?? 0, v.menages ?? 0),
    // contrats en cours aujourd'hui (la date publiée n'est pas reconstituable) ; foyers entrés dans l'année
    TAUX_CONTRACTUALISATION: pct(v.sous_contrat ?? 0, v.adultes_contrats ?? 0),
    NOUVEAUX_ENTRANTS_RECUS: v.entrants ?? 0,
  };
  const actionIds = [...new Set(publies.filter((p) => p.action).map((p) => p.action!.id))];
  const resultats = actionIds.length
    ? await db.$queryRaw<{ action_id: string; entrees: number; sorties: number; abandons: number; dynamiques: number }[]>`
        SELECT action_id,
               count(*) FILTER (WHERE date_entree >= make_date(${annee}, 1, 1) AND date_entree <= make_date(${annee}, 12, 31))::int AS entrees,
               count(*) FILTER (WHERE statut IN ('SORTIE', 'ABANDON') AND date_sortie >= make_date(${annee}, 1, 1) AND date_sortie <= make_date(${annee}, 12, 31))::int AS sorties,
               count(*) FILTER (WHERE statut = 'ABANDON' AND date_sortie >= make_date(${annee}, 1, 1) AND date_sortie <= make_date(${annee}, 12, 31))::int AS abandons,
               count(*) FILTER (WHERE statut = 'SORTIE' AND type_sortie IN ('EMPLOI_DURABLE', 'EMPLOI_TRANSITION', 'SORTIE_POSITIVE') AND date_sortie >= make_date(${annee}, 1, 1) AND date_sortie <= make_date(${annee}, 12, 31))::int AS dynamiques
        FROM prescription WHERE action_id IN (${Prisma.join(actionIds)}) GROUP BY action_id`
    : [];
  const parAction = new Map(resultats.map((r) => [r.action_id, r]));
  const calculAction = (actionId: string, capacite: number | null, indicateur: string): number | null => {
    const r = parAction.get(actionId) ?? { entrees: 0, sorties: 0, abandons: 0, dynamiques: 0 };
    switch (indicateur) {
      case "PARTICIPANTS":
        return r.entrees;
      case "SORTIES":
        return r.sorties;
      case "ABANDONS":
        return r.abandons;
      case "SORTIES_DYNAMIQUES":
      case "SORTIES_POSITIVES":
        return r.dynamiques;
      case "TAUX_SORTIES_DYNAMIQUES":
      case "TAUX_SORTIES_POSITIVES":
        return pct(r.dynamiques, r.sorties);
      case "CONVENTIONNES":
      case "ETP_CONVENTIONNES":
        return capacite;
      default:
        return null;
    }
  };
  const versComparaison = (p: (typeof publies)[number], calcule: number | null): ComparaisonChiffre => ({ indicateur: p.indicateur, libelle: p.libelle, unite: p.unite, publie: p.valeur, calcule, source: p.source });
  const evaluations = new Map<string, EvaluationAction>();
  for (const p of publies.filter((x) => x.action)) {
    const a = p.action!;
    const e = evaluations.get(a.id) ?? { actionId: a.id, code: a.code, intitule: a.intitule, chiffres: [] };
    e.chiffres.push(versComparaison(p, calculAction(a.id, a.capacite, p.indicateur)));
    evaluations.set(a.id, e);
  }
  return {
    annee,
    allocataires: publies.filter((p) => !p.action && p.theme !== "ACTIVITE_RSA").map((p) => versComparaison(p, calculs[p.indicateur] ?? null)),
    activite: publies.filter((p) => p.theme === "ACTIVITE_RSA").map((p) => versComparaison(p, calculs[p.indicateur] ?? null)),
    evaluations: [...evaluations.values()],
  };
}
