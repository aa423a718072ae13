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

