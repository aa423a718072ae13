-- Issue 14 : pas de délai négatif. Les délais d'orientation et de contrat se mesurent depuis l'ouverture
-- de la période de droits EN COURS (foyer.date_ouverture_droits) : une orientation ou un contrat terminés
-- avant cette ouverture ne comptent pas ; ceux encore en vigueur à l'ouverture comptent à la date de
-- l'ouverture (délai nul). Avant, la projection prenait la toute première orientation (ou signature) de la
-- personne : après une réouverture de droits, le délai devenait négatif et la personne passait pour
-- « orientée dans les 15 jours ». Règle TypeScript : debutDansPeriodeDroits (lib/beneficiaires/domain/
-- delais.ts), parité testée (tests/integration/delais-periode-droits.int.test.ts).

-- Date à laquelle une période [debut, fin] compte dans la période de droits ouverte le jour `ouverture`
-- (null : elle n'y compte pas).
CREATE FUNCTION debut_dans_periode_droits(debut date, fin date, ouverture date) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN debut IS NULL OR ouverture IS NULL OR fin < ouverture THEN NULL ELSE greatest(debut, ouverture) END $$;

-- Même vue (mêmes colonnes), premières orientation et signature comptées dans la période en cours.
CREATE OR REPLACE VIEW v_situation_personne WITH (security_invoker = true) AS
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
-- première orientation comptée dans la période de droits en cours (délai jamais négatif)
LEFT JOIN LATERAL (
  SELECT min(debut_dans_periode_droits(o.date_debut, o.date_fin, f.date_ouverture_droits)) AS premiere
  FROM periode_orientation o WHERE o.personne_id = p.id) op ON true
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
  -- premier contrat signé compté dans la période de droits en cours ; fin du dernier contrat signé (toutes périodes)
  SELECT min(debut_dans_periode_droits(x.date_signature, x.date_fin, f.date_ouverture_droits)) AS premier,
         max(x.date_fin) FILTER (WHERE x.date_signature IS NOT NULL) AS dernier
  FROM contrat_engagement x WHERE x.personne_id = p.id) ch ON true
LEFT JOIN LATERAL (
  SELECT max(coalesce(x.date_reponse, x.date_proposition)) AS date_refus FROM prescription x WHERE x.personne_id = p.id AND x.statut = 'REFUSEE') rf ON true
WHERE p.role <> 'PERSONNE_A_CHARGE';

-- la projection suit sa définition
SELECT reconstruire_situations();
