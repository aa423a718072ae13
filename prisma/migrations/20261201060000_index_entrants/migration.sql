-- Entrants de l'année (cartes des délais, comparaison des territoires) : parcours d'index seul sur les
-- demandeurs par date d'ouverture, sans lire la table (délais et territoire dans l'index).
CREATE INDEX situation_entrants_idx ON situation_personne (departement_id, date_ouverture)
  INCLUDE (territoire_id, chemin_territoire, premiere_orientation, premier_contrat) WHERE role = 'DEMANDEUR';
-- Sorties d'actions de l'année (cartes de l'offre et des sorties)
CREATE INDEX prescription_sorties_idx ON prescription (date_sortie) INCLUDE (personne_id, statut, type_sortie) WHERE statut IN ('SORTIE', 'ABANDON');
-- Ouvertures de droits par mois (carte des entrées)
CREATE INDEX foyer_ouverture_idx ON foyer (departement_id, date_ouverture_droits) INCLUDE (territoire_id);
