-- CreateEnum
CREATE TYPE "visee_action" AS ENUM ('SOCIALE', 'SOCIO_PROFESSIONNELLE', 'PROFESSIONNELLE', 'SANTE', 'LEVEE_FREINS');

-- CreateEnum
CREATE TYPE "unite_capacite" AS ENUM ('PLACES', 'PARCOURS', 'POSTES', 'ETP');

-- CreateEnum
CREATE TYPE "nature_action" AS ENUM ('NOUVELLE', 'RENFORCEE', 'RENOUVELLEMENT', 'EXPERIMENTATION');

-- CreateEnum
CREATE TYPE "mode_intervention" AS ENUM ('INDIVIDUEL', 'COLLECTIF', 'MIXTE');

-- CreateTable
CREATE TABLE "action_insertion" (
    "id" TEXT NOT NULL,
    "departement_id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "intitule" TEXT NOT NULL,
    "structure_id" TEXT,
    "programme_id" TEXT,
    "axe_id" TEXT,
    "fiche_id" TEXT,
    "visee" "visee_action" NOT NULL,
    "freins" TEXT[],
    "publics" TEXT[],
    "objectifs" TEXT NOT NULL,
    "public_cible" TEXT,
    "secteur_geographique" TEXT,
    "lieu_intervention" TEXT,
    "tout_departement" BOOLEAN NOT NULL DEFAULT false,
    "modalites" TEXT,
    "mode_intervention" "mode_intervention",
    "entrees_sorties_permanentes" BOOLEAN NOT NULL DEFAULT false,
    "heures_hebdo" DOUBLE PRECISION,
    "duree" TEXT,
    "modalites_prescription" TEXT,
    "contacts" TEXT,
    "capacite" DOUBLE PRECISION,
    "unite_capacite" "unite_capacite",
    "participants_en_cours" INTEGER NOT NULL DEFAULT 0,
    "liste_attente" INTEGER NOT NULL DEFAULT 0,
    "date_debut" DATE,
    "date_fin" DATE,
    "nature" "nature_action",
    "suspendue" BOOLEAN NOT NULL DEFAULT false,
    "motif_suspension" TEXT,
    "suspendue_le" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "recherche" tsvector,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "action_insertion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "action_territoire" (
    "action_id" TEXT NOT NULL,
    "territoire_id" TEXT NOT NULL,

    CONSTRAINT "action_territoire_pkey" PRIMARY KEY ("action_id","territoire_id")
);

-- CreateIndex
CREATE INDEX "action_insertion_departement_id_intitule_idx" ON "action_insertion"("departement_id", "intitule");

-- CreateIndex
CREATE INDEX "action_insertion_structure_id_idx" ON "action_insertion"("structure_id");

-- CreateIndex
CREATE INDEX "action_insertion_programme_id_idx" ON "action_insertion"("programme_id");

-- CreateIndex
CREATE INDEX "action_insertion_freins_idx" ON "action_insertion" USING GIN ("freins");

-- CreateIndex
CREATE INDEX "action_insertion_publics_idx" ON "action_insertion" USING GIN ("publics");

-- CreateIndex
CREATE INDEX "action_insertion_recherche_idx" ON "action_insertion" USING GIN ("recherche");

-- CreateIndex
CREATE INDEX "action_territoire_territoire_id_idx" ON "action_territoire"("territoire_id");

-- AddForeignKey
ALTER TABLE "action_insertion" ADD CONSTRAINT "action_insertion_departement_id_fkey" FOREIGN KEY ("departement_id") REFERENCES "departement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_insertion" ADD CONSTRAINT "action_insertion_structure_id_fkey" FOREIGN KEY ("structure_id") REFERENCES "structure"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_insertion" ADD CONSTRAINT "action_insertion_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_insertion" ADD CONSTRAINT "action_insertion_axe_id_fkey" FOREIGN KEY ("axe_id") REFERENCES "axe_programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_insertion" ADD CONSTRAINT "action_insertion_fiche_id_fkey" FOREIGN KEY ("fiche_id") REFERENCES "fiche_action"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_territoire" ADD CONSTRAINT "action_territoire_action_id_fkey" FOREIGN KEY ("action_id") REFERENCES "action_insertion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_territoire" ADD CONSTRAINT "action_territoire_territoire_id_fkey" FOREIGN KEY ("territoire_id") REFERENCES "territoire"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Recherche plein texte en français, insensible aux accents ------------------------------------
CREATE EXTENSION IF NOT EXISTS unaccent;

-- configuration « français sans accents » : unaccent puis racinisation française
CREATE TEXT SEARCH CONFIGURATION francais_sans_accents (COPY = french);
ALTER TEXT SEARCH CONFIGURATION francais_sans_accents
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

-- Vecteur de recherche pondéré : intitulé (A), code et porteur (B), objectifs et public (C), le reste (D).
CREATE FUNCTION action_insertion_recherche() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  porteur TEXT;
BEGIN
  SELECT concat_ws(' ', s.nom, s.sigle) INTO porteur FROM structure s WHERE s.id = NEW.structure_id;
  NEW.recherche :=
    setweight(to_tsvector('francais_sans_accents', coalesce(NEW.intitule, '')), 'A') ||
    setweight(to_tsvector('francais_sans_accents', concat_ws(' ', NEW.code, porteur)), 'B') ||
    setweight(to_tsvector('francais_sans_accents', concat_ws(' ', NEW.objectifs, NEW.public_cible)), 'C') ||
    setweight(to_tsvector('francais_sans_accents', concat_ws(' ', NEW.modalites, NEW.secteur_geographique, NEW.lieu_intervention, NEW.duree)), 'D');
  RETURN NEW;
END $$;

CREATE TRIGGER action_insertion_recherche_maj
  BEFORE INSERT OR UPDATE ON action_insertion
  FOR EACH ROW EXECUTE FUNCTION action_insertion_recherche();

-- un porteur renommé : recalculer le vecteur de ses actions
CREATE FUNCTION structure_renommee() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.nom IS DISTINCT FROM OLD.nom OR NEW.sigle IS DISTINCT FROM OLD.sigle THEN
    UPDATE action_insertion SET recherche = NULL WHERE structure_id = NEW.id;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER structure_renommee_maj
  AFTER UPDATE ON structure
  FOR EACH ROW EXECUTE FUNCTION structure_renommee();
