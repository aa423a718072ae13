-- Portail des structures : présences (émargement) des participants d'une action, semaine par semaine,
-- et retard des bilans finaux calculé en SQL par la même règle que lib/conventions/domain/cycle-bilan.ts.

CREATE TYPE "statut_presence" AS ENUM ('PRESENT', 'ABSENT', 'EXCUSE');

CREATE TABLE "presence" (
  "id" TEXT NOT NULL,
  "departement_id" TEXT NOT NULL,
  "prescription_id" TEXT NOT NULL,
  "semaine" DATE NOT NULL,
  "statut" "statut_presence" NOT NULL,
  "heures" DOUBLE PRECISION NOT NULL DEFAULT 0,
  "commentaire" TEXT,
  "saisi_par_id" TEXT NOT NULL,
  "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "presence_pkey" PRIMARY KEY ("id"),
  -- la semaine est désignée par son lundi ; au plus 60 heures dans la semaine ; absent : aucune heure
  CONSTRAINT "presence_semaine_lundi" CHECK (extract(isodow FROM "semaine") = 1),
  CONSTRAINT "presence_heures" CHECK ("heures" >= 0 AND "heures" <= 60 AND ("statut" = 'PRESENT' OR "heures" = 0))
);
CREATE UNIQUE INDEX "presence_prescription_id_semaine_key" ON "presence"("prescription_id", "semaine");
CREATE INDEX "presence_departement_id_semaine_idx" ON "presence"("departement_id", "semaine");
ALTER TABLE "presence" ADD CONSTRAINT "presence_departement_id_fkey" FOREIGN KEY ("departement_id") REFERENCES "departement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "presence" ADD CONSTRAINT "presence_prescription_id_fkey" FOREIGN KEY ("prescription_id") REFERENCES "prescription"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "presence" ADD CONSTRAINT "presence_saisi_par_id_fkey" FOREIGN KEY ("saisi_par_id") REFERENCES "utilisateur"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Bilan final en retard : la convention est finie depuis plus de `delai` jours et aucun bilan final n'est
-- soumis ni validé. Le délai est la constante DELAI_BILAN_FINAL_JOURS, passée par l'appelant (test de parité).
CREATE FUNCTION bilan_final_en_retard(id_convention text, date_fin date, jour date, delai int) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT jour > date_fin + delai AND NOT EXISTS (
    SELECT 1 FROM bilan b WHERE b.convention_id = id_convention AND b.type = 'FINAL' AND b.statut IN ('SOUMIS', 'VALIDE'))
$$;

-- la nouvelle table porte un departement_id : cloisonnée comme les autres (RLS)
SELECT cloisonner_tables();
