-- Liste des prescriptions (lib/prescriptions/perimetre.ts, perimetreListePrescriptionsSql) :
-- responsable : les personnes de son sous-arbre, droits ouverts ou non, par intervalle de chemin
-- (sousArbreSql : opérateurs de text_pattern_ops, utilisables sous RLS) ;
CREATE INDEX situation_chemin_tous_idx ON situation_personne (departement_id, chemin_territoire text_pattern_ops) INCLUDE (personne_id);
-- référent : les prescriptions qu'il a faites.
CREATE INDEX prescription_prescripteur_idx ON prescription (prescripteur_id);
