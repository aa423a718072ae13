import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Contexte } from "@/lib/contexte";
import { perimetreTerritoires } from "@/lib/authz/perimetre";
import { exigerPermission, peut } from "@/lib/authz/permissions";
import { ErreurIntrouvable } from "@/lib/errors";
import { AUCUNE_PARTICIPATION, calculAction, demandeComptagePersonnes, estObjectif, indicateurDeBase, type ParticipationsAnnee } from "../domain/resultats-objectifs";

export interface ComparaisonChiffre {
  indicateur: string;
  dimension: string;
  libelle: string;
  unite: string;
  publie: number;
  /** ce que l'application calcule sur ses données, quand c'est calculable */
  calcule: number | null;
  source: string;
}

export interface ConventionEvaluee {
  id: string;
  objet: string;
  annee: number;
  /** montant courant en centimes ; null : non communiqué */
  montant: number | null;
  /** bilan le plus récent : participants et sorties dynamiques (emploi durable, de transition, sortie positive) */
  bilan: { participants: number; sortiesDynamiques: number } | null;
}

export interface EvaluationAction {
  actionId: string;
  code: string;
  intitule: string;
  chiffres: ComparaisonChiffre[];
  /** conventions de l'action (lecture des conventions permise) : montant et bilan à côté de l'évaluation */
  conventions: ConventionEvaluee[];
}

export interface GroupeActivite {
  dimension: string;
  chiffres: ComparaisonChiffre[];
}


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
    where: { departementId: acteur.departementId, territoireId, theme: { in: ["ALLOCATAIRES", "PLICS", "EVALUATION_ACTION", "ACTIVITE_RSA", "CONTEXTE"] } },
    orderBy: { ordre: "asc" },
    include: { action: { select: { id: true, code: true, intitule: true, capacite: true } } },
  });
  if (!publies.length) return { annee: null, allocataires: [], activite: [], groupesActivite: [], contexte: [], evaluations: [] };
  // l'année des données : celle des chiffres du territoire (les évaluations portent aussi des objectifs de
  // l'année suivante, le contexte des années antérieures)
  const duTerritoire = publies.filter((p) => !p.action && p.theme !== "CONTEXTE" && !estObjectif(p.indicateur));
  const annee = Math.max(...(duTerritoire.length ? duTerritoire : publies).map((p) => p.annee));
  const reference = `${annee}-11-30`;
  const dans = chemin ? Prisma.sql`f.territoire_id IN (SELECT id FROM territoire WHERE chemin LIKE ${`${chemin}%`})` : Prisma.sql`true`;
  // des agrégats simples plutôt qu'une jointure comptée en DISTINCT : foyers ; contractualisation lue dans
  // l'agrégat des tableaux de bord (mv_population_cartes, même règle contrat_vivant() que la carte des
  // contrats) ; personnes (âges, personnes couvertes) seulement si un chiffre publié le demande
  const besoinPersonnes = demandeComptagePersonnes(publies);
  const [[foyers], [contrats], [personnes]] = await Promise.all([
    db.$queryRaw<Record<string, number>[]>`
      SELECT count(*)::int AS menages,
             count(*) FILTER (WHERE f.situation_familiale = 'SEUL_SANS_ENFANT')::int AS seuls,
             count(*) FILTER (WHERE f.situation_familiale = 'MONOPARENTAL')::int AS monoparentaux,
             count(*) FILTER (WHERE f.date_ouverture_droits < ${reference}::date - interval '36 months')::int AS anciens,
             count(*) FILTER (WHERE f.date_ouverture_droits < ${reference}::date - interval '5 years')::int AS anciens_5_ans,
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
    PART_ANCIENNETE_5_ANS: pct(v.anciens_5_ans ?? 0, v.menages ?? 0),
    // contrats en cours aujourd'hui (la date publiée n'est pas reconstituable) ; foyers entrés dans l'année
    TAUX_CONTRACTUALISATION: pct(v.sous_contrat ?? 0, v.adultes_contrats ?? 0),
    NOUVEAUX_ENTRANTS_RECUS: v.entrants ?? 0,
  };
  // délais médians d'orientation et d'entrée en accompagnement (premier contrat) des entrants de l'année
  const [delais] = publies.some((p) => p.indicateur === "OBJECTIF_DELAI_ORIENTATION")
    ? await db.$queryRaw<{ orientation: number | null; accompagnement: number | null }[]>`
        SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY s.premiere_orientation - s.date_ouverture)::float AS orientation,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY s.premier_contrat - s.date_ouverture)::float AS accompagnement
        FROM situation_personne s
        WHERE s.role = 'DEMANDEUR' AND s.departement_id = ${acteur.departementId}
          AND ${chemin ? Prisma.sql`s.territoire_id IN (SELECT id FROM territoire WHERE chemin LIKE ${`${chemin}%`})` : Prisma.sql`true`}
          AND s.date_ouverture BETWEEN make_date(${annee}, 1, 1) AND make_date(${annee}, 12, 31)`
    : [];
  calculs.DELAI_ORIENTATION = delais?.orientation ?? null;
  calculs.DELAI_ACCOMPAGNEMENT = delais?.accompagnement ?? null;
  const actionIds = [...new Set(publies.filter((p) => p.action).map((p) => p.action!.id))];
  const resultats = actionIds.length
    ? await db.$queryRaw<({ action_id: string } & ParticipationsAnnee)[]>`
        SELECT action_id,
               count(*) FILTER (WHERE date_entree >= make_date(${annee}, 1, 1) AND date_entree <= make_date(${annee}, 12, 31))::int AS entrees,
               count(*) FILTER (WHERE date_proposition >= make_date(${annee}, 1, 1) AND date_proposition <= make_date(${annee}, 12, 31))::int AS proposees,
               count(*) FILTER (WHERE statut IN ('SORTIE', 'ABANDON') AND date_sortie >= make_date(${annee}, 1, 1) AND date_sortie <= make_date(${annee}, 12, 31))::int AS sorties,
               count(*) FILTER (WHERE statut = 'ABANDON' AND date_sortie >= make_date(${annee}, 1, 1) AND date_sortie <= make_date(${annee}, 12, 31))::int AS abandons,
               count(*) FILTER (WHERE statut = 'SORTIE' AND type_sortie = 'EMPLOI_DURABLE' AND date_sortie >= make_date(${annee}, 1, 1) AND date_sortie <= make_date(${annee}, 12, 31))::int AS durable,
               count(*) FILTER (WHERE statut = 'SORTIE' AND type_sortie = 'EMPLOI_TRANSITION' AND date_sortie >= make_date(${annee}, 1, 1) AND date_sortie <= make_date(${annee}, 12, 31))::int AS transition,
               count(*) FILTER (WHERE statut = 'SORTIE' AND type_sortie = 'SORTIE_POSITIVE' AND date_sortie >= make_date(${annee}, 1, 1) AND date_sortie <= make_date(${annee}, 12, 31))::int AS positive
        FROM prescription WHERE action_id IN (${Prisma.join(actionIds)}) GROUP BY action_id`
    : [];
  const parAction = new Map(resultats.map((r) => [r.action_id, r]));
  const versComparaison = (p: (typeof publies)[number], calcule: number | null): ComparaisonChiffre => ({ indicateur: p.indicateur, dimension: p.dimension, libelle: p.libelle, unite: p.unite, publie: p.valeur, calcule, source: p.source });
  // un objectif se lit en face du calcul de l'indicateur qu'il vise (sorties 2019 contre l'objectif 2020)
  const calculTerritoire = (p: (typeof publies)[number]) => (p.dimension && p.theme !== "ACTIVITE_RSA" ? null : (calculs[indicateurDeBase(p.indicateur)] ?? null));
  const conventions =
    actionIds.length && peut(acteur, "conventions:lire")
      ? await db.convention.findMany({
          where: { departementId: acteur.departementId, actions: { some: { actionId: { in: actionIds } } } },
          orderBy: { dateDebut: "asc" },
          select: {
            id: true,
            objet: true,
            dateDebut: true,
            montantInitialCentimes: true,
            avenants: { select: { deltaMontantCentimes: true } },
            actions: { select: { actionId: true } },
            bilans: { orderBy: { periodeFin: "desc" }, take: 1, select: { participants: true, sorties: { select: { typeSortie: true, nombre: true } } } },
          },
        })
      : [];
  const conventionsDe = (actionId: string): ConventionEvaluee[] =>
    conventions
      .filter((c) => c.actions.some((x) => x.actionId === actionId))
      .map((c) => ({
        id: c.id,
        objet: c.objet,
        annee: c.dateDebut.getUTCFullYear(),
        montant: c.montantInitialCentimes === null ? null : Number(c.montantInitialCentimes) + c.avenants.reduce((s, a) => s + Number(a.deltaMontantCentimes), 0),
        bilan: c.bilans[0]
          ? { participants: c.bilans[0].participants, sortiesDynamiques: c.bilans[0].sorties.filter((x) => ["EMPLOI_DURABLE", "EMPLOI_TRANSITION", "SORTIE_POSITIVE"].includes(x.typeSortie)).reduce((s, x) => s + x.nombre, 0) }
          : null,
      }));
  const evaluations = new Map<string, EvaluationAction>();
  for (const p of publies.filter((x) => x.action)) {
    const a = p.action!;
    const e = evaluations.get(a.id) ?? { actionId: a.id, code: a.code, intitule: a.intitule, chiffres: [], conventions: conventionsDe(a.id) };
    e.chiffres.push(versComparaison(p, calculAction(indicateurDeBase(p.indicateur), p.dimension, parAction.get(a.id) ?? AUCUNE_PARTICIPATION, a.capacite)));
    evaluations.set(a.id, e);
  }
  const activite = publies.filter((p) => p.theme === "ACTIVITE_RSA").map((p) => versComparaison(p, calculTerritoire(p)));
  const groupesActivite: GroupeActivite[] = [];
  for (const c of activite) {
    const g = groupesActivite.find((x) => x.dimension === c.dimension);
    if (g) g.chiffres.push(c);
    else groupesActivite.push({ dimension: c.dimension, chiffres: [c] });
  }
  return {
    annee,
    allocataires: publies.filter((p) => !p.action && p.theme !== "ACTIVITE_RSA" && p.theme !== "CONTEXTE").map((p) => versComparaison(p, calculTerritoire(p))),
    activite,
    groupesActivite,
    contexte: publies.filter((p) => p.theme === "CONTEXTE").map((p) => versComparaison(p, null)),
    evaluations: [...evaluations.values()],
  };
}
