-- Chargement en masse (population de démonstration, reprise de données) : les déclencheurs recalculeraient
-- les situations à chaque instruction, sur des tables que le planificateur croit encore vides (minutes au
-- lieu de secondes). Une ligne dans situation_suspension les suspend pour toutes les connexions ; le
-- chargement se termine par reconstruire_situations() et vide la table (suspendreSituations /
-- reprendreSituations, lib/situations/rafraichir.ts). SET LOCAL pilote.situations_differees = 'oui' reste
-- possible dans une seule transaction.
CREATE TABLE situation_suspension (
  motif TEXT NOT NULL,
  depuis TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE OR REPLACE FUNCTION situations_apres_ecriture() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids text[];
BEGIN
  IF current_setting('pilote.situations_differees', true) = 'oui' OR EXISTS (SELECT 1 FROM situation_suspension) THEN RETURN NULL; END IF;
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


-- Recalcul concurrent d'une même personne (écriture + tâche de nuit par lots) : verrou des personnes d'abord.
CREATE OR REPLACE FUNCTION rafraichir_situations(ids text[]) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE n integer;
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN 0; END IF;
  -- verrou des personnes (dans l'ordre) : deux recalculs d'une même personne (une écriture et la tâche
  -- de nuit) se suivent, et le second lit ce que le premier a validé (sinon il réécrirait une situation
  -- calculée sur un instantané antérieur). Ne gêne pas les clés étrangères (FOR KEY SHARE).
  PERFORM 1 FROM personne WHERE id = ANY (ids) ORDER BY id FOR NO KEY UPDATE;
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

