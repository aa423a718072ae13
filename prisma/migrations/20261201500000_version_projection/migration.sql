-- Version de la projection d'un département : max(maj_le) lu par une seule lecture d'index (parcours
-- arrière), pour garder en mémoire les compteurs des listes tant que rien n'a été écrit
-- (lib/beneficiaires/queries/file-active.ts, compteursFileActiveEnMemoire).
CREATE INDEX situation_maj_idx ON situation_personne (departement_id, maj_le);
