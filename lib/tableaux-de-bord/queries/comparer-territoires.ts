import "server-only";
import type { Contexte } from "@/lib/contexte";
import { exigerPermission } from "@/lib/authz/permissions";
import { ErreurIntrouvable } from "@/lib/errors";
import { taux } from "../domain/indicateurs";
import { SORTIES_DYNAMIQUES_SQL } from "./cartes";
import { DELAI_CONTRAT_JOURS, DELAI_ORIENTATION_JOURS } from "@/lib/beneficiaires/domain/delais";
import { masquerEffectif, soumisAuSecret } from "../domain/secret-statistique";
import { COLONNES_COMPARAISON, extremes, trierComparaison, type CleComparaison, type LigneComparaison } from "../domain/comparaison";

type Brut = {
  id: string;
  nom: string;
  allocataires: number;
  personnes: number;
  sous_contrat: number;
  plus_45: number;
  entrants: number;
  entrants_prec: number;
  orientes_15: number;
  contrat_30: number;
  sorties: number;
  sorties_prec: number;
  dynamiques: number;
  parcours_conventions: number;
  dynamiques_conventions: number;
  montant_conventions: bigint | null;
  cout_parcours: bigint | null;
  cout_sortie_positive: bigint | null;
};

/**
 * Les territoires de premier niveau (pôles d'insertion, commissions RSA) côte à côte : population et
 * contractualisation (mv_population_cartes), 45 ans et plus, entrants et délais de l'année et de la précédente,
 * sorties d'actions et part des sorties dynamiques, coût par parcours et par sortie positive des conventions
 * (toutes, comme la carte « Résultats des conventions », montant imputé au prorata des parcours des habitants) ;
 * à côté, les chiffres publiés (D2). Agrégats en SQL,
 * une requête ; réservé aux rôles qui voient tout le département.
 */
export async function comparerTerritoires({ acteur, db }: Contexte, annee: number, tri: CleComparaison | "territoire" = "territoire", ordre: "asc" | "desc" = "asc") {
  exigerPermission(acteur, "tableaux-de-bord:lire");
  if (acteur.role === "RESPONSABLE_TERRITOIRE") throw new ErreurIntrouvable("Comparaison");
  const debut = `${annee}-01-01`;
  const fin = `${annee}-12-31`;
  const debutPrec = `${annee - 1}-01-01`;
  const finPrec = `${annee - 1}-12-31`;
  const [bruts, references] = await Promise.all([
    db.$queryRaw<Brut[]>`
      WITH racines AS (
        SELECT id, nom, chemin, ordre FROM territoire WHERE departement_id = ${acteur.departementId} AND type IN ('POLE_INSERTION', 'COMMISSION_RSA')
      ), communes AS (
        SELECT r.id AS racine, t.id FROM racines r JOIN territoire t ON t.chemin LIKE r.chemin || '%'
      ), pop AS (
        SELECT c.racine, coalesce(sum(m.n) FILTER (WHERE m.jeu = 'CONTRATS' AND m.d1 = 'DEMANDEUR'), 0)::int AS allocataires,
               coalesce(sum(m.n) FILTER (WHERE m.jeu = 'CONTRATS'), 0)::int AS personnes,
               coalesce(sum(m.sous_contrat) FILTER (WHERE m.jeu = 'CONTRATS'), 0)::int AS sous_contrat,
               coalesce(sum(m.n) FILTER (WHERE m.jeu = 'AGE' AND m.d2 IN ('45-49', '50-54', '55-59', '60+')), 0)::int AS plus_45
        FROM communes c JOIN mv_population_cartes m ON m.territoire_id = c.id AND m.jeu IN ('CONTRATS', 'AGE') GROUP BY c.racine
      ), flux AS (
        -- délais lus dans la projection, avec les mêmes règles que la carte des délais (carteDelais)
        SELECT c.racine,
               count(*) FILTER (WHERE s.date_ouverture BETWEEN ${debut}::date AND ${fin}::date)::int AS entrants,
               count(*) FILTER (WHERE s.date_ouverture BETWEEN ${debutPrec}::date AND ${finPrec}::date)::int AS entrants_prec,
               count(*) FILTER (WHERE s.date_ouverture BETWEEN ${debut}::date AND ${fin}::date AND s.premiere_orientation - s.date_ouverture <= ${DELAI_ORIENTATION_JOURS}::int)::int AS orientes_15,
               count(*) FILTER (WHERE s.date_ouverture BETWEEN ${debut}::date AND ${fin}::date AND s.premier_contrat - s.date_ouverture <= ${DELAI_CONTRAT_JOURS}::int)::int AS contrat_30
        FROM communes c JOIN situation_personne s ON s.territoire_id = c.id AND s.role = 'DEMANDEUR'
        WHERE s.departement_id = ${acteur.departementId} AND s.date_ouverture BETWEEN ${debutPrec}::date AND ${fin}::date
        GROUP BY c.racine
      ), sorties AS (
        SELECT c.racine,
               count(*) FILTER (WHERE pr.date_sortie BETWEEN ${debut}::date AND ${fin}::date)::int AS sorties,
               count(*) FILTER (WHERE pr.date_sortie BETWEEN ${debutPrec}::date AND ${finPrec}::date)::int AS sorties_prec,
               count(*) FILTER (WHERE pr.date_sortie BETWEEN ${debut}::date AND ${fin}::date AND pr.statut = 'SORTIE'
                                 AND pr.type_sortie IN (${SORTIES_DYNAMIQUES_SQL}))::int AS dynamiques
        FROM prescription pr JOIN situation_personne s ON s.personne_id = pr.personne_id JOIN communes c ON c.id = s.territoire_id
        WHERE pr.statut IN ('SORTIE', 'ABANDON') AND pr.date_sortie BETWEEN ${debutPrec}::date AND ${fin}::date
        GROUP BY c.racine
      ), parcours_conv AS (
        -- résultats des conventions (comme resultatsConventions) : parcours entrés sur les actions de chaque
        -- convention pendant sa période, par territoire du foyer ; montant imputé au prorata des parcours
        SELECT cv.id AS convention_id, montant_courant_convention(cv.id) AS montant, f.territoire_id, count(*)::int AS parcours,
               count(*) FILTER (WHERE pr.statut = 'SORTIE' AND pr.type_sortie IN (${SORTIES_DYNAMIQUES_SQL}))::int AS dynamiques,
               sum(count(*)) OVER (PARTITION BY cv.id) AS total
        FROM convention cv JOIN convention_action ca ON ca.convention_id = cv.id
        JOIN prescription pr ON pr.action_id = ca.action_id AND pr.date_entree BETWEEN cv.date_debut AND cv.date_fin
        JOIN personne pe ON pe.id = pr.personne_id JOIN foyer f ON f.id = pe.foyer_id
        WHERE cv.departement_id = ${acteur.departementId} AND cv.montant_initial_centimes IS NOT NULL
        GROUP BY cv.id, f.territoire_id
      ), couts AS (
        SELECT c.racine, sum(pc.parcours)::int AS parcours, sum(pc.dynamiques)::int AS dynamiques,
               round(sum(pc.montant::numeric * pc.parcours / pc.total))::bigint AS montant
        FROM parcours_conv pc JOIN communes c ON c.id = pc.territoire_id GROUP BY c.racine
      )
      SELECT r.id, r.nom,
             coalesce(pop.allocataires, 0) AS allocataires, coalesce(pop.personnes, 0) AS personnes, coalesce(pop.sous_contrat, 0) AS sous_contrat, coalesce(pop.plus_45, 0) AS plus_45,
             coalesce(flux.entrants, 0) AS entrants, coalesce(flux.entrants_prec, 0) AS entrants_prec, coalesce(flux.orientes_15, 0) AS orientes_15, coalesce(flux.contrat_30, 0) AS contrat_30,
             coalesce(sorties.sorties, 0) AS sorties, coalesce(sorties.sorties_prec, 0) AS sorties_prec, coalesce(sorties.dynamiques, 0) AS dynamiques,
             coalesce(couts.parcours, 0) AS parcours_conventions, coalesce(couts.dynamiques, 0) AS dynamiques_conventions, couts.montant AS montant_conventions,
             round(couts.montant::numeric / nullif(couts.parcours, 0))::bigint AS cout_parcours,
             round(couts.montant::numeric / nullif(couts.dynamiques, 0))::bigint AS cout_sortie_positive
      FROM racines r LEFT JOIN pop ON pop.racine = r.id LEFT JOIN flux ON flux.racine = r.id LEFT JOIN sorties ON sorties.racine = r.id
      LEFT JOIN couts ON couts.racine = r.id
      ORDER BY r.ordre`,
    db.statistiqueReference.findMany({ where: { territoire: { departementId: acteur.departementId }, indicateur: { in: ["ARSA", "TAUX_CONTRACTUALISATION", "PART_45_ET_PLUS"] } }, select: { territoireId: true, indicateur: true, valeur: true } }),
  ]);
  const ref = (id: string, indicateur: string) => references.find((r) => r.territoireId === id && r.indicateur === indicateur)?.valeur ?? null;
  const secret = soumisAuSecret(acteur);
  const lignes: LigneComparaison[] = bruts.map((b) => ({
    territoireId: b.id,
    territoire: b.nom,
    allocataires: b.allocataires,
    arsaPublie: ref(b.id, "ARSA"),
    personnes: b.personnes,
    tauxContractualisation: taux(b.sous_contrat, b.personnes),
    tauxContractualisationPublie: ref(b.id, "TAUX_CONTRACTUALISATION"),
    part45: taux(b.plus_45, b.personnes),
    part45Publie: ref(b.id, "PART_45_ET_PLUS"),
    entrants: b.entrants,
    entrantsPrecedente: b.entrants_prec,
    orientes15: taux(b.orientes_15, b.entrants),
    contrat30: taux(b.contrat_30, b.entrants),
    sorties: b.sorties,
    sortiesPrecedente: b.sorties_prec,
    partDynamiques: taux(b.dynamiques, b.sorties),
    // lecteur : pas de coût sur moins de 11 parcours ou sorties (secret statistique)
    coutParParcours: b.cout_parcours === null || (secret && masquerEffectif(b.parcours_conventions) === null) ? null : Number(b.cout_parcours),
    coutParSortiePositive: b.cout_sortie_positive === null || (secret && masquerEffectif(b.dynamiques_conventions) === null) ? null : Number(b.cout_sortie_positive),
    conventions: { montant: b.montant_conventions === null ? 0 : Number(b.montant_conventions), parcours: b.parcours_conventions, dynamiques: b.dynamiques_conventions },
  }));
  // colonnes publiées absentes pour tout le département (ex. l'Orne) : retirées du tableau
  const colonnes = COLONNES_COMPARAISON.filter((c) => lignes.some((l) => l[c.cle] !== null));
  return { annee, tri, ordre, colonnes, lignes: trierComparaison(lignes, tri, ordre), extremes: extremes(lignes) };
}
