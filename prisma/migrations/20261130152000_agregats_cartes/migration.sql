-- Agrégats des cartes des tableaux de bord : mv_population croise toutes les dimensions (presque une ligne
-- par personne à l'échelle réelle) ; chaque carte n'en lit que une ou deux. mv_population_cartes garde un
-- jeu de lignes par carte (âge × sexe, contrats par rôle, situation familiale, niveau, ancienneté) : une
-- trentaine de lignes par commune. Mêmes règles (projection, contrat_vivant, 15 heures, tranche_age).
-- mv_population reste (mêmes colonnes) pour qui la lit.
CREATE MATERIALIZED VIEW mv_population_cartes AS
WITH base AS (
  SELECT s.departement_id, s.territoire_id, s.role::text AS role, p.sexe::text AS sexe,
         tranche_age(p.date_naissance, date '2023-12-31') AS tranche,
         age_revolu(p.date_naissance, date '2023-12-31') AS age,
         coalesce(f.situation_familiale, 'INCONNUE') AS situation,
         coalesce(p.niveau_formation, 'INCONNU') AS niveau,
         CASE WHEN current_date - s.date_ouverture < 730 THEN 'MOINS_2_ANS'
              WHEN current_date - s.date_ouverture < 1826 THEN '2_A_5_ANS' ELSE 'PLUS_5_ANS' END AS anciennete,
         contrat_vivant(s.contrat_statut, s.fin_contrat, current_date) AS sous_contrat,
         contrat_vivant(s.contrat_statut, s.fin_contrat, current_date) AND s.heures_contrat >= heures_minimum_contrat() AS quinze_heures,
         contrat_vivant(s.contrat_statut, s.fin_contrat, current_date) AND s.exemption AS exemption
  FROM situation_personne s JOIN personne p ON p.id = s.personne_id JOIN foyer f ON f.id = s.foyer_id
  WHERE s.droit_ouvert
)
SELECT departement_id, territoire_id, 'AGE' AS jeu, sexe AS d1, tranche AS d2, count(*)::int AS n, sum(age)::bigint AS somme_ages,
       0 AS sous_contrat, 0 AS quinze_heures, 0 AS exemptions FROM base GROUP BY 1, 2, 4, 5
UNION ALL
SELECT departement_id, territoire_id, 'CONTRATS', role, '', count(*)::int, 0, count(*) FILTER (WHERE sous_contrat)::int,
       count(*) FILTER (WHERE quinze_heures)::int, count(*) FILTER (WHERE exemption)::int FROM base GROUP BY 1, 2, 4
UNION ALL
SELECT departement_id, territoire_id, 'SITUATION', situation, '', count(*)::int, 0, 0, 0, 0 FROM base WHERE role = 'DEMANDEUR' GROUP BY 1, 2, 4
UNION ALL
SELECT departement_id, territoire_id, 'NIVEAU', niveau, '', count(*)::int, 0, 0, 0, 0 FROM base GROUP BY 1, 2, 4
UNION ALL
SELECT departement_id, territoire_id, 'ANCIENNETE', anciennete, '', count(*)::int, 0, 0, 0, 0 FROM base WHERE role = 'DEMANDEUR' GROUP BY 1, 2, 4;

CREATE UNIQUE INDEX mv_population_cartes_cle_idx ON mv_population_cartes (territoire_id, jeu, d1, d2);
CREATE INDEX mv_population_cartes_departement_idx ON mv_population_cartes (departement_id, jeu);
