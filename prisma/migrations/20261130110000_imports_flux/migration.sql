-- Imports des flux CAF/MSA et des tableurs (h13) : clé du flux sur le foyer, départ d'un membre,
-- journal des imports, rejets, événements des foyers.

ALTER TYPE "etat_droit" ADD VALUE 'EN_INSTRUCTION';
ALTER TYPE "etat_droit" ADD VALUE 'REFUSE';

ALTER TABLE "foyer" ADD COLUMN "numero_demande_rsa" TEXT,
  ADD COLUMN "etat_dossier_rsa" TEXT,
  ADD COLUMN "date_cloture" DATE,
  ADD COLUMN "adresse" TEXT,
  ADD COLUMN "code_postal" TEXT,
  ADD COLUMN "empreinte_flux" TEXT,
  ADD COLUMN "date_flux" DATE;
-- un allocataire (matricule) peut revenir avec une nouvelle demande RSA : le matricule n'est plus unique
DROP INDEX "foyer_departement_id_numero_allocataire_key";
CREATE INDEX "foyer_departement_id_numero_allocataire_idx" ON "foyer"("departement_id", "numero_allocataire");
CREATE UNIQUE INDEX "foyer_departement_id_organisme_numero_demande_rsa_key" ON "foyer"("departement_id", "organisme", "numero_demande_rsa");

ALTER TABLE "personne" ADD COLUMN "soumis_droits_devoirs" BOOLEAN,
  ADD COLUMN "date_sortie_foyer" DATE;

CREATE TABLE "import_flux" (
    "id" TEXT NOT NULL,
    "departement_id" TEXT NOT NULL,
    "utilisateur_id" TEXT,
    "nom_fichier" TEXT NOT NULL,
    "chemin_fichier" TEXT,
    "empreinte_fichier" TEXT NOT NULL,
    "taille" BIGINT NOT NULL DEFAULT 0,
    "format" TEXT,
    "organisme" TEXT,
    "numero_flux" TEXT,
    "date_flux" DATE,
    "statut" TEXT NOT NULL DEFAULT 'EN_ATTENTE',
    "foyers_dans_le_fichier" INTEGER NOT NULL DEFAULT 0,
    "foyers_appliques" INTEGER NOT NULL DEFAULT 0,
    "foyers_rejetes" INTEGER NOT NULL DEFAULT 0,
    "changements" INTEGER NOT NULL DEFAULT 0,
    "resume" JSONB,
    "erreur" TEXT,
    "tache_execution_id" TEXT,
    "avancement" INTEGER NOT NULL DEFAULT 0,
    "etape" TEXT,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "termine_le" TIMESTAMP(3),
    CONSTRAINT "import_flux_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "import_flux_departement_id_cree_le_idx" ON "import_flux"("departement_id", "cree_le");
CREATE INDEX "import_flux_departement_id_numero_flux_idx" ON "import_flux"("departement_id", "numero_flux");

CREATE TABLE "rejet_import" (
    "id" BIGSERIAL NOT NULL,
    "import_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "identifiant" TEXT,
    "champ" TEXT,
    "code" TEXT NOT NULL,
    "motif" TEXT NOT NULL,
    CONSTRAINT "rejet_import_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "rejet_import_import_id_position_idx" ON "rejet_import"("import_id", "position");
ALTER TABLE "rejet_import" ADD CONSTRAINT "rejet_import_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "import_flux"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "evenement_foyer" (
    "id" BIGSERIAL NOT NULL,
    "departement_id" TEXT NOT NULL,
    "foyer_id" TEXT NOT NULL,
    "personne_id" TEXT,
    "type" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "import_id" TEXT,
    "territoire_avant_id" TEXT,
    "territoire_apres_id" TEXT,
    "etat_avant" TEXT,
    "etat_apres" TEXT,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "evenement_foyer_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "evenement_foyer_departement_id_type_date_idx" ON "evenement_foyer"("departement_id", "type", "date");
CREATE INDEX "evenement_foyer_foyer_id_idx" ON "evenement_foyer"("foyer_id");
CREATE INDEX "evenement_foyer_territoire_apres_id_date_idx" ON "evenement_foyer"("territoire_apres_id", "date");
ALTER TABLE "evenement_foyer" ADD CONSTRAINT "evenement_foyer_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "import_flux"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- recherche des communes par code INSEE dans un département (import : NUMCOM → territoire)
CREATE INDEX "territoire_departement_id_code_insee_idx" ON "territoire"("departement_id", "code_insee");
