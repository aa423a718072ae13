-- CreateEnum
CREATE TYPE "etat_droit" AS ENUM ('OUVERT', 'SUSPENDU', 'RADIE', 'CLOS');

-- CreateEnum
CREATE TYPE "role_foyer" AS ENUM ('DEMANDEUR', 'CONJOINT', 'PERSONNE_A_CHARGE');

-- CreateEnum
CREATE TYPE "sexe" AS ENUM ('F', 'M');

-- CreateEnum
CREATE TYPE "niveau_frein" AS ENUM ('FORT', 'MOYEN', 'SANS_IMPACT');

-- CreateEnum
CREATE TYPE "statut_contrat" AS ENUM ('BROUILLON', 'SIGNE', 'VALIDE', 'EN_COURS', 'ECHU', 'ROMPU', 'RENOUVELE');

-- CreateEnum
CREATE TYPE "statut_prescription" AS ENUM ('PROPOSEE', 'ACCEPTEE', 'REFUSEE', 'ENTREE', 'SORTIE', 'ABANDON');

-- CreateTable
CREATE TABLE "foyer" (
    "id" TEXT NOT NULL,
    "departement_id" TEXT NOT NULL,
    "numero_allocataire" TEXT NOT NULL,
    "organisme" TEXT NOT NULL DEFAULT 'CAF',
    "territoire_id" TEXT NOT NULL,
    "date_ouverture_droits" DATE NOT NULL,
    "soumis_droits_devoirs" BOOLEAN NOT NULL DEFAULT true,
    "etat_droit" "etat_droit" NOT NULL DEFAULT 'OUVERT',
    "situation_familiale" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "foyer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "personne" (
    "id" TEXT NOT NULL,
    "foyer_id" TEXT NOT NULL,
    "role" "role_foyer" NOT NULL,
    "nom" TEXT NOT NULL,
    "prenom" TEXT NOT NULL,
    "sexe" "sexe" NOT NULL,
    "date_naissance" DATE NOT NULL,
    "nir_masque" TEXT,
    "nir_empreinte" TEXT,
    "niveau_formation" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "personne_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "periode_orientation" (
    "id" TEXT NOT NULL,
    "personne_id" TEXT NOT NULL,
    "parcours" TEXT NOT NULL,
    "organisme_id" TEXT,
    "date_debut" DATE NOT NULL,
    "date_fin" DATE,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "periode_orientation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "periode_referent" (
    "id" TEXT NOT NULL,
    "personne_id" TEXT NOT NULL,
    "referent_id" TEXT NOT NULL,
    "date_debut" DATE NOT NULL,
    "date_fin" DATE,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "periode_referent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "diagnostic" (
    "id" TEXT NOT NULL,
    "personne_id" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "auteur_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "diagnostic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "diagnostic_frein" (
    "diagnostic_id" TEXT NOT NULL,
    "frein" TEXT NOT NULL,
    "niveau" "niveau_frein" NOT NULL,

    CONSTRAINT "diagnostic_frein_pkey" PRIMARY KEY ("diagnostic_id","frein")
);

-- CreateTable
CREATE TABLE "contrat_engagement" (
    "id" TEXT NOT NULL,
    "personne_id" TEXT NOT NULL,
    "referent_id" TEXT NOT NULL,
    "statut" "statut_contrat" NOT NULL DEFAULT 'BROUILLON',
    "date_debut" DATE NOT NULL,
    "date_fin" DATE NOT NULL,
    "motif_minoration" TEXT,
    "motif_exemption" TEXT,
    "heures_salariees" DOUBLE PRECISION,
    "date_signature" DATE,
    "date_validation" DATE,
    "validateur_id" TEXT,
    "motif_rupture" TEXT,
    "contrat_precedent_id" TEXT,
    "bilan_precedent" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "contrat_engagement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "objectif_contrat" (
    "id" TEXT NOT NULL,
    "contrat_id" TEXT NOT NULL,
    "libelle" TEXT NOT NULL,
    "frein" TEXT,
    "ordre" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "objectif_contrat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "activite_contrat" (
    "id" TEXT NOT NULL,
    "objectif_id" TEXT NOT NULL,
    "libelle" TEXT NOT NULL,
    "categorie" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "heures_hebdo" DOUBLE PRECISION NOT NULL,
    "action_id" TEXT,
    "ordre" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "activite_contrat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "aide_demandee" (
    "id" TEXT NOT NULL,
    "contrat_id" TEXT NOT NULL,
    "type_aide" TEXT NOT NULL,
    "objet" TEXT NOT NULL,
    "montant_centimes" BIGINT NOT NULL,
    "statut" TEXT NOT NULL DEFAULT 'DEMANDEE',

    CONSTRAINT "aide_demandee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "prescription" (
    "id" TEXT NOT NULL,
    "personne_id" TEXT NOT NULL,
    "action_id" TEXT NOT NULL,
    "prescripteur_id" TEXT NOT NULL,
    "statut" "statut_prescription" NOT NULL DEFAULT 'PROPOSEE',
    "date_proposition" DATE NOT NULL,
    "date_reponse" DATE,
    "motif_refus" TEXT,
    "date_entree" DATE,
    "date_sortie" DATE,
    "type_sortie" TEXT,
    "motif_abandon" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "prescription_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "foyer_departement_id_territoire_id_idx" ON "foyer"("departement_id", "territoire_id");

-- CreateIndex
CREATE UNIQUE INDEX "foyer_departement_id_numero_allocataire_key" ON "foyer"("departement_id", "numero_allocataire");

-- CreateIndex
CREATE INDEX "personne_foyer_id_idx" ON "personne"("foyer_id");

-- CreateIndex
CREATE INDEX "periode_orientation_personne_id_idx" ON "periode_orientation"("personne_id");

-- CreateIndex
CREATE INDEX "periode_referent_personne_id_idx" ON "periode_referent"("personne_id");

-- CreateIndex
CREATE INDEX "periode_referent_referent_id_date_fin_idx" ON "periode_referent"("referent_id", "date_fin");

-- CreateIndex
CREATE INDEX "diagnostic_personne_id_idx" ON "diagnostic"("personne_id");

-- CreateIndex
CREATE INDEX "contrat_engagement_personne_id_idx" ON "contrat_engagement"("personne_id");

-- CreateIndex
CREATE INDEX "contrat_engagement_referent_id_statut_idx" ON "contrat_engagement"("referent_id", "statut");

-- CreateIndex
CREATE INDEX "prescription_personne_id_idx" ON "prescription"("personne_id");

-- CreateIndex
CREATE INDEX "prescription_action_id_statut_idx" ON "prescription"("action_id", "statut");

-- AddForeignKey
ALTER TABLE "foyer" ADD CONSTRAINT "foyer_departement_id_fkey" FOREIGN KEY ("departement_id") REFERENCES "departement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "foyer" ADD CONSTRAINT "foyer_territoire_id_fkey" FOREIGN KEY ("territoire_id") REFERENCES "territoire"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "personne" ADD CONSTRAINT "personne_foyer_id_fkey" FOREIGN KEY ("foyer_id") REFERENCES "foyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "periode_orientation" ADD CONSTRAINT "periode_orientation_personne_id_fkey" FOREIGN KEY ("personne_id") REFERENCES "personne"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "periode_orientation" ADD CONSTRAINT "periode_orientation_organisme_id_fkey" FOREIGN KEY ("organisme_id") REFERENCES "structure"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "periode_referent" ADD CONSTRAINT "periode_referent_personne_id_fkey" FOREIGN KEY ("personne_id") REFERENCES "personne"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "periode_referent" ADD CONSTRAINT "periode_referent_referent_id_fkey" FOREIGN KEY ("referent_id") REFERENCES "utilisateur"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "diagnostic" ADD CONSTRAINT "diagnostic_personne_id_fkey" FOREIGN KEY ("personne_id") REFERENCES "personne"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "diagnostic_frein" ADD CONSTRAINT "diagnostic_frein_diagnostic_id_fkey" FOREIGN KEY ("diagnostic_id") REFERENCES "diagnostic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contrat_engagement" ADD CONSTRAINT "contrat_engagement_personne_id_fkey" FOREIGN KEY ("personne_id") REFERENCES "personne"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contrat_engagement" ADD CONSTRAINT "contrat_engagement_referent_id_fkey" FOREIGN KEY ("referent_id") REFERENCES "utilisateur"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contrat_engagement" ADD CONSTRAINT "contrat_engagement_contrat_precedent_id_fkey" FOREIGN KEY ("contrat_precedent_id") REFERENCES "contrat_engagement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "objectif_contrat" ADD CONSTRAINT "objectif_contrat_contrat_id_fkey" FOREIGN KEY ("contrat_id") REFERENCES "contrat_engagement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activite_contrat" ADD CONSTRAINT "activite_contrat_objectif_id_fkey" FOREIGN KEY ("objectif_id") REFERENCES "objectif_contrat"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "aide_demandee" ADD CONSTRAINT "aide_demandee_contrat_id_fkey" FOREIGN KEY ("contrat_id") REFERENCES "contrat_engagement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "prescription" ADD CONSTRAINT "prescription_personne_id_fkey" FOREIGN KEY ("personne_id") REFERENCES "personne"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "prescription" ADD CONSTRAINT "prescription_action_id_fkey" FOREIGN KEY ("action_id") REFERENCES "action_insertion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "prescription" ADD CONSTRAINT "prescription_prescripteur_id_fkey" FOREIGN KEY ("prescripteur_id") REFERENCES "utilisateur"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Périodes d'orientation et de référent : jamais deux périodes qui se chevauchent pour une personne.
CREATE EXTENSION IF NOT EXISTS btree_gist;
ALTER TABLE "periode_orientation" ADD CONSTRAINT "periode_orientation_sans_chevauchement"
  EXCLUDE USING gist ("personne_id" WITH =, daterange("date_debut", "date_fin", '[]') WITH &&);
ALTER TABLE "periode_referent" ADD CONSTRAINT "periode_referent_sans_chevauchement"
  EXCLUDE USING gist ("personne_id" WITH =, daterange("date_debut", "date_fin", '[]') WITH &&);
ALTER TABLE "periode_orientation" ADD CONSTRAINT "periode_orientation_ordonnee" CHECK ("date_fin" IS NULL OR "date_fin" >= "date_debut");
ALTER TABLE "periode_referent" ADD CONSTRAINT "periode_referent_ordonnee" CHECK ("date_fin" IS NULL OR "date_fin" >= "date_debut");
ALTER TABLE "contrat_engagement" ADD CONSTRAINT "contrat_periode" CHECK ("date_fin" >= "date_debut");
ALTER TABLE "activite_contrat" ADD CONSTRAINT "activite_heures" CHECK ("heures_hebdo" >= 0);
-- Statistiques par territoire : filtrer les personnes par commune du foyer
CREATE INDEX "personne_role_idx" ON "personne" ("role");
