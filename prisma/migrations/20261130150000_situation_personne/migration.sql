-- Une règle, un endroit (voir docs/decisions/1501) : les règles du domaine utilisées par SQL sont des
-- fonctions, dont les valeurs sont celles des constantes TypeScript (tests de parité :
-- tests/integration/parite-regles.int.test.ts). Aucune requête ne les recopie.

-- « contrat vivant » : statut signé, validé ou en cours, et pas encore terminé (lib/contrats/domain/contrat-vivant.ts)
CREATE FUNCTION statuts_contrat_vivant() RETURNS statut_contrat[] LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT ARRAY['SIGNE', 'VALIDE', 'EN_COURS']::public.statut_contrat[] $$;
CREATE FUNCTION contrat_vivant(statut statut_contrat, date_fin date, jour date) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(statut = ANY (public.statuts_contrat_vivant()) AND date_fin >= jour, false) $$;
-- règle des 15 heures (lib/contrats/domain/regles.ts, HEURES_MINIMUM)
CREATE FUNCTION heures_minimum_contrat() RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT 15::double precision $$;
-- délais (lib/beneficiaires/domain/delais.ts)
CREATE FUNCTION delai_orientation_jours() RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT 15 $$;
CREATE FUNCTION delai_contrat_jours() RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT 30 $$;
CREATE FUNCTION alerte_echeance_jours() RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT 30 $$;
-- (appels qualifiés par le schéma : REFRESH MATERIALIZED VIEW s'exécute avec search_path = pg_catalog)
-- âge révolu et tranches d'âge des fiches des pôles (lib/beneficiaires/domain/delais.ts, trancheAge)
CREATE FUNCTION age_revolu(naissance date, reference date) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT extract(year FROM age(reference, naissance))::int $$;
CREATE FUNCTION tranche_age(naissance date, reference date) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN a < 25 THEN '0-24' WHEN a >= 60 THEN '60+'
                    ELSE (25 + 5 * ((a - 25) / 5))::text || '-' || (29 + 5 * ((a - 25) / 5))::text END
        FROM (SELECT public.age_revolu(naissance, reference) AS a) x $$;

-- Situation de chaque personne (demandeur ou conjoint) : droits, orientation, référent, contrat vivant,
-- délais, ce qui déclenche les alertes. La vue est LA définition ; la table situation_personne en est
-- la projection, tenue à jour dans la transaction de chaque écriture (déclencheurs plus bas) et
-- reconstruite chaque nuit (les périodes qui commencent ou finissent avec le jour).
CREATE VIEW v_situation_personne AS
SELECT p.id AS personne_id, p.foyer_id, f.departement_id, f.territoire_id, t.chemin AS chemin_territoire, t.nom AS commune,
       p.role, f.etat_droit, f.etat_droit = 'OUVERT' AS droit_ouvert,
       p.nom, p.prenom, lower(unaccent(p.nom || ' ' || p.prenom)) AS nom_tri, p.date_naissance, f.numero_allocataire,
       f.date_ouverture_droits AS date_ouverture,
       oc.parcours, oc.date_debut AS date_orientation, op.premiere AS premiere_orientation,
       r.referent_id, r.referent_nom,
       c.id AS contrat_id, c.statut AS contrat_statut, c.date_fin AS fin_contrat,
       coalesce(h.heures, 0)::double precision AS heures_contrat, coalesce(c.motif_exemption IS NOT NULL, false) AS exemption,
       ch.premier AS premier_contrat, ch.dernier AS fin_dernier_contrat,
       rf.date_refus IS NOT NULL AS prescription_refusee, rf.date_refus,
       -- dates de bascule des alertes : l'alerte est active quand le jour les dépasse (comparaisons indexables)
       CASE WHEN c.statut = ANY (statuts_contrat_vivant()) THEN c.date_fin END AS fin_vivant,
       CASE WHEN op.premiere IS NULL THEN f.date_ouverture_droits + delai_orientation_jours() END AS echeance_orientation,
       CASE WHEN ch.premier IS NULL THEN f.date_ouverture_droits + delai_contrat_jours() END AS echeance_contrat,
       -- urgence : le jour où la première chose à faire est (ou sera) due
       least(CASE WHEN op.premiere IS NULL THEN f.date_ouverture_droits + delai_orientation_jours() END,
             CASE WHEN ch.premier IS NULL THEN f.date_ouverture_droits + delai_contrat_jours() END,
             c.date_fin - alerte_echeance_jours(),
             CASE WHEN c.id IS NULL THEN ch.dernier END,
             rf.date_refus) AS date_urgence
FROM personne p
JOIN foyer f ON f.id = p.foyer_id
JOIN territoire t ON t.id = f.territoire_id
LEFT JOIN LATERAL (
  SELECT o.parcours, o.date_debut FROM periode_orientation o
  WHERE o.personne_id = p.id AND o.date_debut <= current_date AND (o.date_fin IS NULL OR o.date_fin >= current_date)
  ORDER BY o.date_debut DESC LIMIT 1) oc ON true
LEFT JOIN LATERAL (SELECT min(o.date_debut) AS premiere FROM periode_orientation o WHERE o.personne_id = p.id) op ON true
LEFT JOIN LATERAL (
  SELECT pr.referent_id, u.prenom || ' ' || u.nom AS referent_nom FROM periode_referent pr JOIN utilisateur u ON u.id = pr.referent_id
  WHERE pr.personne_id = p.id AND pr.date_debut <= current_date AND (pr.date_fin IS NULL OR pr.date_fin >= current_date)
  ORDER BY pr.date_debut DESC LIMIT 1) r ON true
LEFT JOIN LATERAL (
  SELECT c.id, c.statut, c.date_fin, c.motif_exemption FROM contrat_engagement c
  WHERE c.personne_id = p.id AND c.statut = ANY (statuts_contrat_vivant())
  ORDER BY c.date_fin DESC, c.date_debut DESC LIMIT 1) c ON true
LEFT JOIN LATERAL (
  SELECT sum(ac.heures_hebdo) AS heures FROM objectif_contrat oc2 JOIN activite_contrat ac ON ac.objectif_id = oc2.id WHERE oc2.contrat_id = c.id) h ON true
LEFT JOIN LATERAL (
  SELECT min(x.date_signature) AS premier, max(x.date_fin) FILTER (WHERE x.date_signature IS NOT NULL) AS dernier
  FROM contrat_engagement x WHERE x.personne_id = p.id) ch ON true
LEFT JOIN LATERAL (
  SELECT max(coalesce(x.date_reponse, x.date_proposition)) AS date_refus FROM prescription x WHERE x.personne_id = p.id AND x.statut = 'REFUSEE') rf ON true
WHERE p.role <> 'PERSONNE_A_CHARGE';

CREATE TABLE situation_personne (
  personne_id TEXT PRIMARY KEY REFERENCES personne(id) ON DELETE CASCADE,
  foyer_id TEXT NOT NULL,
  departement_id TEXT NOT NULL,
  territoire_id TEXT NOT NULL,
  chemin_territoire TEXT NOT NULL,
  commune TEXT NOT NULL,
  role role_foyer NOT NULL,
  etat_droit etat_droit NOT NULL,
  droit_ouvert BOOLEAN NOT NULL,
  nom TEXT NOT NULL,
  prenom TEXT NOT NULL,
  nom_tri TEXT NOT NULL,
  date_naissance DATE NOT NULL,
  numero_allocataire TEXT NOT NULL,
  date_ouverture DATE NOT NULL,
  parcours TEXT,
  date_orientation DATE,
  premiere_orientation DATE,
  referent_id TEXT,
  referent_nom TEXT,
  contrat_id TEXT,
  contrat_statut statut_contrat,
  fin_contrat DATE,
  heures_contrat DOUBLE PRECISION NOT NULL,
  exemption BOOLEAN NOT NULL,
  premier_contrat DATE,
  fin_dernier_contrat DATE,
  prescription_refusee BOOLEAN NOT NULL,
  date_refus DATE,
  fin_vivant DATE,
  echeance_orientation DATE,
  echeance_contrat DATE,
  date_urgence DATE,
  maj_le TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- index des tris et filtres des listes (département entier, sous-arbre territorial, référent)
CREATE INDEX situation_urgence_idx ON situation_personne (departement_id, date_urgence, nom_tri, personne_id) WHERE droit_ouvert;
CREATE INDEX situation_nom_idx ON situation_personne (departement_id, nom_tri, personne_id) WHERE droit_ouvert;
CREATE INDEX situation_chemin_idx ON situation_personne (chemin_territoire text_pattern_ops) WHERE droit_ouvert;
CREATE INDEX situation_chemin_urgence_idx ON situation_personne (departement_id, chemin_territoire text_pattern_ops, date_urgence) WHERE droit_ouvert;
CREATE INDEX situation_commune_idx ON situation_personne (territoire_id, nom_tri) WHERE droit_ouvert;
CREATE INDEX situation_referent_idx ON situation_personne (referent_id) WHERE droit_ouvert;
CREATE INDEX situation_fin_contrat_idx ON situation_personne (departement_id, fin_contrat) WHERE droit_ouvert;
-- compteurs d'alertes du département : chaque alerte est un intervalle d'un petit index
CREATE INDEX situation_fin_vivant_idx ON situation_personne (departement_id, fin_vivant) WHERE droit_ouvert;
CREATE INDEX situation_echeance_orientation_idx ON situation_personne (departement_id, echeance_orientation) WHERE droit_ouvert AND echeance_orientation IS NOT NULL;
CREATE INDEX situation_echeance_contrat_idx ON situation_personne (departement_id, echeance_contrat) WHERE droit_ouvert AND echeance_contrat IS NOT NULL;
CREATE INDEX situation_refus_idx ON situation_personne (departement_id) WHERE droit_ouvert AND prescription_refusee;
CREATE INDEX situation_ouverture_idx ON situation_personne (departement_id, date_ouverture) WHERE droit_ouvert;
CREATE INDEX situation_foyer_idx ON situation_personne (foyer_id);
CREATE INDEX periode_referent_referent_periode_idx ON periode_referent (referent_id, date_debut, date_fin);

-- Recalcule la situation des personnes données (appelée par les déclencheurs, ou à la main).
CREATE FUNCTION rafraichir_situations(ids text[]) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE n integer;
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN 0; END IF;
  DELETE FROM situation_personne s WHERE s.personne_id = ANY (ids)
    AND NOT EXISTS (SELECT 1 FROM personne p WHERE p.id = s.personne_id AND p.role <> 'PERSONNE_A_CHARGE');
  INSERT INTO situation_personne AS s
  SELECT v.*, now() FROM v_situation_personne v WHERE v.personne_id = ANY (ids)
  ON CONFLICT (personne_id) DO UPDATE SET
    foyer_id = excluded.foyer_id, departement_id = excluded.departement_id, territoire_id = excluded.territoire_id,
    chemin_territoire = excluded.chemin_territoire, commune = excluded.commune, role = excluded.role, etat_droit = excluded.etat_droit,
    droit_ouvert = excluded.droit_ouvert, nom = excluded.nom, prenom = excluded.prenom, nom_tri = excluded.nom_tri,
    date_naissance = excluded.date_naissance, numero_allocataire = excluded.numero_allocataire, date_ouverture = excluded.date_ouverture,
    parcours = excluded.parcours, date_orientation = excluded.date_orientation, premiere_orientation = excluded.premiere_orientation,
    referent_id = excluded.referent_id, referent_nom = excluded.referent_nom, contrat_id = excluded.contrat_id,
    contrat_statut = excluded.contrat_statut, fin_contrat = excluded.fin_contrat, heures_contrat = excluded.heures_contrat,
    exemption = excluded.exemption, premier_contrat = excluded.premier_contrat, fin_dernier_contrat = excluded.fin_dernier_contrat,
    prescription_refusee = excluded.prescription_refusee, date_refus = excluded.date_refus, fin_vivant = excluded.fin_vivant,
    echeance_orientation = excluded.echeance_orientation, echeance_contrat = excluded.echeance_contrat, date_urgence = excluded.date_urgence,
    maj_le = excluded.maj_le;
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END $$;

-- Reconstruction complète (chargement des données, tâche de nuit).
CREATE FUNCTION reconstruire_situations() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE n integer;
BEGIN
  DELETE FROM situation_personne;
  INSERT INTO situation_personne SELECT v.*, now() FROM v_situation_personne v;
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END $$;

-- Déclencheurs d'instruction (une fois par INSERT/UPDATE/DELETE, avec les tables de transition) :
-- un import de 10 000 lignes recalcule 10 000 situations en une requête, pas 10 000 fois une.
-- Mettre `pilote.situations_differees = 'oui'` (SET LOCAL) les suspend le temps d'un chargement
-- en masse suivi de reconstruire_situations().
CREATE FUNCTION situations_apres_ecriture() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids text[];
BEGIN
  IF current_setting('pilote.situations_differees', true) = 'oui' THEN RETURN NULL; END IF;
  IF TG_TABLE_NAME = 'personne' THEN
    IF TG_OP = 'DELETE' THEN RETURN NULL; END IF; -- suppression en cascade
    SELECT array_agg(id) INTO ids FROM nouvelles;
  ELSIF TG_TABLE_NAME = 'foyer' THEN
    SELECT array_agg(p.id) INTO ids FROM personne p WHERE p.foyer_id IN (SELECT id FROM nouvelles);
  ELSIF TG_TABLE_NAME = 'utilisateur' THEN
    -- seul un changement de nom compte (pas la date de dernière connexion)
    SELECT array_agg(DISTINCT s.personne_id) INTO ids FROM situation_personne s
    WHERE s.referent_id IN (SELECT n.id FROM nouvelles n JOIN anciennes a ON a.id = n.id WHERE (n.nom, n.prenom) IS DISTINCT FROM (a.nom, a.prenom));
  ELSIF TG_TABLE_NAME = 'objectif_contrat' THEN
    IF TG_OP = 'DELETE' THEN
      SELECT array_agg(DISTINCT c.personne_id) INTO ids FROM contrat_engagement c WHERE c.id IN (SELECT contrat_id FROM anciennes);
    ELSE
      SELECT array_agg(DISTINCT c.personne_id) INTO ids FROM contrat_engagement c WHERE c.id IN (SELECT contrat_id FROM nouvelles);
    END IF;
  ELSIF TG_TABLE_NAME = 'activite_contrat' THEN
    IF TG_OP = 'DELETE' THEN
      SELECT array_agg(DISTINCT c.personne_id) INTO ids FROM objectif_contrat o JOIN contrat_engagement c ON c.id = o.contrat_id WHERE o.id IN (SELECT objectif_id FROM anciennes);
    ELSIF TG_OP = 'INSERT' THEN
      SELECT array_agg(DISTINCT c.personne_id) INTO ids FROM objectif_contrat o JOIN contrat_engagement c ON c.id = o.contrat_id WHERE o.id IN (SELECT objectif_id FROM nouvelles);
    ELSE
      SELECT array_agg(DISTINCT c.personne_id) INTO ids FROM objectif_contrat o JOIN contrat_engagement c ON c.id = o.contrat_id
      WHERE o.id IN (SELECT objectif_id FROM nouvelles UNION SELECT objectif_id FROM anciennes);
    END IF;
  ELSE -- periode_orientation, periode_referent, contrat_engagement, prescription : colonne personne_id
    IF TG_OP = 'INSERT' THEN
      SELECT array_agg(DISTINCT personne_id) INTO ids FROM nouvelles;
    ELSIF TG_OP = 'DELETE' THEN
      SELECT array_agg(DISTINCT personne_id) INTO ids FROM anciennes;
    ELSE
      SELECT array_agg(DISTINCT personne_id) INTO ids FROM (SELECT personne_id FROM nouvelles UNION SELECT personne_id FROM anciennes) x;
    END IF;
  END IF;
  PERFORM rafraichir_situations(ids);
  RETURN NULL;
END $$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['personne', 'periode_orientation', 'periode_referent', 'contrat_engagement', 'prescription', 'objectif_contrat', 'activite_contrat'] LOOP
    EXECUTE format('CREATE TRIGGER situation_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS nouvelles FOR EACH STATEMENT EXECUTE FUNCTION situations_apres_ecriture()', t);
    EXECUTE format('CREATE TRIGGER situation_update AFTER UPDATE ON %I REFERENCING OLD TABLE AS anciennes NEW TABLE AS nouvelles FOR EACH STATEMENT EXECUTE FUNCTION situations_apres_ecriture()', t);
    IF t <> 'personne' THEN
      EXECUTE format('CREATE TRIGGER situation_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS anciennes FOR EACH STATEMENT EXECUTE FUNCTION situations_apres_ecriture()', t);
    END IF;
  END LOOP;
  -- foyer (commune, droits, ouverture) et utilisateur (nom du référent) : seules les modifications comptent
  EXECUTE 'CREATE TRIGGER situation_update AFTER UPDATE ON foyer REFERENCING OLD TABLE AS anciennes NEW TABLE AS nouvelles FOR EACH STATEMENT EXECUTE FUNCTION situations_apres_ecriture()';
  EXECUTE 'CREATE TRIGGER situation_update AFTER UPDATE ON utilisateur REFERENCING OLD TABLE AS anciennes NEW TABLE AS nouvelles FOR EACH STATEMENT EXECUTE FUNCTION situations_apres_ecriture()';
END $$;

INSERT INTO situation_personne SELECT v.*, now() FROM v_situation_personne v;

-- Les agrégats des tableaux de bord lisent la projection (mêmes règles : contrat vivant, 15 heures,
-- tranches d'âge) ; index unique pour REFRESH MATERIALIZED VIEW CONCURRENTLY (tâche indicateurs:rafraichir).
DROP MATERIALIZED VIEW mv_population;
CREATE MATERIALIZED VIEW mv_population AS
SELECT s.departement_id, s.territoire_id, p.sexe::text AS sexe,
       tranche_age(p.date_naissance, date '2023-12-31') AS tranche,
       s.role::text AS role,
       coalesce(f.situation_familiale, 'INCONNUE') AS situation,
       coalesce(p.niveau_formation, 'INCONNU') AS niveau,
       CASE WHEN current_date - s.date_ouverture < 730 THEN 'MOINS_2_ANS'
            WHEN current_date - s.date_ouverture < 1826 THEN '2_A_5_ANS' ELSE 'PLUS_5_ANS' END AS anciennete,
       contrat_vivant(s.contrat_statut, s.fin_contrat, current_date) AS sous_contrat,
       contrat_vivant(s.contrat_statut, s.fin_contrat, current_date) AND s.heures_contrat >= heures_minimum_contrat() AS quinze_heures,
       contrat_vivant(s.contrat_statut, s.fin_contrat, current_date) AND s.exemption AS exemption,
       count(*)::int AS n,
       sum(age_revolu(p.date_naissance, date '2023-12-31'))::bigint AS somme_ages
FROM situation_personne s
JOIN personne p ON p.id = s.personne_id
JOIN foyer f ON f.id = s.foyer_id
WHERE s.droit_ouvert
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11;

CREATE UNIQUE INDEX mv_population_cle_idx ON mv_population (departement_id, territoire_id, sexe, tranche, role, situation, niveau, anciennete, sous_contrat, quinze_heures, exemption);
CREATE INDEX mv_population_territoire_idx ON mv_population (territoire_id);
CREATE INDEX mv_population_departement_idx ON mv_population (departement_id);
