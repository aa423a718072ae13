-- CreateTable
CREATE TABLE "statistique_reference" (
    "id" TEXT NOT NULL,
    "territoire_id" TEXT NOT NULL,
    "indicateur" TEXT NOT NULL,
    "valeur" DOUBLE PRECISION NOT NULL,
    "date" DATE NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "statistique_reference_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "statistique_reference_territoire_id_indicateur_date_key" ON "statistique_reference"("territoire_id", "indicateur", "date");

-- AddForeignKey
ALTER TABLE "statistique_reference" ADD CONSTRAINT "statistique_reference_territoire_id_fkey" FOREIGN KEY ("territoire_id") REFERENCES "territoire"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Index des clés étrangères du plan de contrat (sans eux, les agrégats parcourent toute la table à chaque contrat)
CREATE INDEX "objectif_contrat_contrat_id_idx" ON "objectif_contrat"("contrat_id");
CREATE INDEX "activite_contrat_objectif_id_idx" ON "activite_contrat"("objectif_id");
CREATE INDEX "aide_demandee_contrat_id_idx" ON "aide_demandee"("contrat_id");

-- Agrégats de population par commune, pour les tableaux de bord (pôle, commission, département).
-- Âges au 31/12/2023, date des tableaux de D2 ; contrat « en cours » et ancienneté à la date du
-- rafraîchissement, noté dans rafraichissement_indicateurs.
CREATE MATERIALIZED VIEW mv_population AS
SELECT f.departement_id, f.territoire_id, p.sexe::text AS sexe,
       CASE WHEN a.age < 25 THEN '0-24' WHEN a.age >= 60 THEN '60+'
            ELSE (25 + 5 * ((a.age - 25) / 5))::text || '-' || (29 + 5 * ((a.age - 25) / 5))::text END AS tranche,
       p.role::text AS role,
       coalesce(f.situation_familiale, 'INCONNUE') AS situation,
       coalesce(p.niveau_formation, 'INCONNU') AS niveau,
       CASE WHEN current_date - f.date_ouverture_droits < 730 THEN 'MOINS_2_ANS'
            WHEN current_date - f.date_ouverture_droits < 1826 THEN '2_A_5_ANS' ELSE 'PLUS_5_ANS' END AS anciennete,
       (c.id IS NOT NULL) AS sous_contrat,
       coalesce(c.heures >= 15, false) AS quinze_heures,
       coalesce(c.exemption, false) AS exemption,
       count(*)::int AS n,
       sum(a.age)::bigint AS somme_ages
FROM personne p
JOIN foyer f ON f.id = p.foyer_id
CROSS JOIN LATERAL (SELECT extract(year FROM age(date '2023-12-31', p.date_naissance))::int AS age) a
LEFT JOIN LATERAL (
  SELECT c.id, c.motif_exemption IS NOT NULL AS exemption,
         (SELECT coalesce(sum(ac.heures_hebdo), 0) FROM objectif_contrat oc JOIN activite_contrat ac ON ac.objectif_id = oc.id WHERE oc.contrat_id = c.id) AS heures
  FROM contrat_engagement c
  WHERE c.personne_id = p.id AND c.statut IN ('SIGNE', 'VALIDE', 'EN_COURS') AND c.date_fin >= current_date
  ORDER BY c.date_debut DESC LIMIT 1
) c ON true
WHERE f.etat_droit = 'OUVERT' AND p.role <> 'PERSONNE_A_CHARGE'
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11;

CREATE INDEX mv_population_territoire_idx ON mv_population (territoire_id);
CREATE INDEX mv_population_departement_idx ON mv_population (departement_id);

CREATE TABLE rafraichissement_indicateurs (
  vue TEXT PRIMARY KEY,
  rafraichi_le TIMESTAMPTZ NOT NULL,
  duree_ms INTEGER NOT NULL
);

-- index utiles aux indicateurs calculés en direct
CREATE INDEX foyer_territoire_ouverture_idx ON foyer (territoire_id, date_ouverture_droits);
CREATE INDEX contrat_personne_statut_idx ON contrat_engagement (personne_id, statut, date_fin);
CREATE INDEX orientation_personne_debut_idx ON periode_orientation (personne_id, date_debut);
