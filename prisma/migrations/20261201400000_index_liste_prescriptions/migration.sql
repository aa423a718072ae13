-- Liste des prescriptions (lib/prescriptions/perimetre.ts, perimetreListePrescriptionsSql) :
-- responsable : les personnes des territoires de son sous-arbre, par égalité sur le territoire (un LIKE sur
-- le chemin ne peut pas servir d'index sous RLS) ;
CREATE INDEX situation_territoire_personne_idx ON situation_personne (territoire_id) INCLUDE (personne_id);
-- référent : les prescriptions qu'il a faites.
CREATE INDEX prescription_prescripteur_idx ON prescription (prescripteur_id);
