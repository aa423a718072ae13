-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "type_territoire" AS ENUM ('POLE_INSERTION', 'COMMISSION_RSA', 'CANTON', 'COMMUNE', 'ARRONDISSEMENT', 'QUARTIER');

-- CreateEnum
CREATE TYPE "categorie_structure" AS ENUM ('ASSOCIATION', 'CCAS_CIAS', 'SIAE_ACI', 'ASSOCIATION_INTERMEDIAIRE', 'PLIE', 'MISSION_LOCALE', 'ENTREPRISE', 'ETABLISSEMENT_PUBLIC', 'ORGANISME_CONSULAIRE', 'ORGANISME_PROTECTION_SOCIALE', 'SERVICE_DEPARTEMENTAL', 'AUTRE');

-- CreateEnum
CREATE TYPE "role" AS ENUM ('ADMIN', 'CHARGE_MISSION', 'RESPONSABLE_TERRITOIRE', 'REFERENT', 'OPERATEUR', 'LECTEUR');

-- CreateEnum
CREATE TYPE "type_programme" AS ENUM ('PDI', 'PTI', 'PLICS', 'CONVENTION_ETAT_DEPARTEMENT', 'PACTE_SOLIDARITES');

-- CreateEnum
CREATE TYPE "statut_fiche" AS ENUM ('NOUVELLE', 'RENFORCEE', 'RENOUVELLEMENT', 'EXPERIMENTATION', 'SANS_OBJET');

-- CreateEnum
CREATE TYPE "liste_nomenclature" AS ENUM ('ORIENTATION', 'TYPE_SORTIE', 'FREIN', 'TYPE_AIDE', 'TYPE_DECISION', 'MOTIF_EXAMEN', 'MOTIF_EXEMPTION', 'NIVEAU_FORMATION', 'SITUATION_FAMILIALE', 'VISEE_ACTION');

-- CreateTable
CREATE TABLE "departement" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "nom" TEXT NOT NULL,
    "nom_court" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "departement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "territoire" (
    "id" TEXT NOT NULL,
    "departement_id" TEXT NOT NULL,
    "parent_id" TEXT,
    "type" "type_territoire" NOT NULL,
    "code" TEXT NOT NULL,
    "nom" TEXT NOT NULL,
    "code_insee" TEXT,
    "qpv" BOOLEAN NOT NULL DEFAULT false,
    "chemin" TEXT NOT NULL,
    "ordre" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "territoire_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "structure" (
    "id" TEXT NOT NULL,
    "departement_id" TEXT NOT NULL,
    "nom" TEXT NOT NULL,
    "sigle" TEXT,
    "categorie" "categorie_structure" NOT NULL,
    "siret" TEXT,
    "adresse" TEXT,
    "code_postal" TEXT,
    "commune" TEXT,
    "telephone" TEXT,
    "courriel" TEXT,
    "territoire_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "structure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "utilisateur" (
    "id" TEXT NOT NULL,
    "departement_id" TEXT NOT NULL,
    "courriel" TEXT NOT NULL,
    "nom" TEXT NOT NULL,
    "prenom" TEXT NOT NULL,
    "role" "role" NOT NULL,
    "mot_de_passe_hash" TEXT,
    "territoire_id" TEXT,
    "structure_id" TEXT,
    "actif" BOOLEAN NOT NULL DEFAULT true,
    "derniere_connexion" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "utilisateur_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tentative_connexion" (
    "id" BIGSERIAL NOT NULL,
    "courriel" TEXT NOT NULL,
    "ip" TEXT,
    "reussie" BOOLEAN NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tentative_connexion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "programme" (
    "id" TEXT NOT NULL,
    "departement_id" TEXT NOT NULL,
    "territoire_id" TEXT,
    "type" "type_programme" NOT NULL,
    "code" TEXT NOT NULL,
    "intitule" TEXT NOT NULL,
    "annee_debut" INTEGER NOT NULL,
    "annee_fin" INTEGER NOT NULL,
    "date_vote" DATE,
    "description" TEXT,

    CONSTRAINT "programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "axe_programme" (
    "id" TEXT NOT NULL,
    "programme_id" TEXT NOT NULL,
    "parent_id" TEXT,
    "code" TEXT NOT NULL,
    "intitule" TEXT NOT NULL,
    "ordre" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "axe_programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fiche_action" (
    "id" TEXT NOT NULL,
    "programme_id" TEXT NOT NULL,
    "axe_id" TEXT,
    "code" TEXT NOT NULL,
    "intitule" TEXT NOT NULL,
    "socle" BOOLEAN,
    "statut" "statut_fiche",
    "description" TEXT,
    "ordre" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "fiche_action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "nomenclature" (
    "id" TEXT NOT NULL,
    "liste" "liste_nomenclature" NOT NULL,
    "code" TEXT NOT NULL,
    "libelle" TEXT NOT NULL,
    "departement_id" TEXT,
    "correspondance_id" TEXT,
    "ordre" INTEGER NOT NULL DEFAULT 0,
    "actif" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "nomenclature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "journal_audit" (
    "id" BIGSERIAL NOT NULL,
    "departement_id" TEXT,
    "utilisateur_id" TEXT,
    "operation" TEXT NOT NULL,
    "entite" TEXT NOT NULL,
    "entite_id" TEXT,
    "details" JSONB,
    "ip" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "journal_audit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "departement_code_key" ON "departement"("code");

-- CreateIndex
CREATE INDEX "territoire_chemin_idx" ON "territoire"("chemin" text_pattern_ops);

-- CreateIndex
CREATE INDEX "territoire_parent_id_idx" ON "territoire"("parent_id");

-- CreateIndex
CREATE UNIQUE INDEX "territoire_departement_id_code_key" ON "territoire"("departement_id", "code");

-- CreateIndex
CREATE INDEX "structure_departement_id_idx" ON "structure"("departement_id");

-- CreateIndex
CREATE UNIQUE INDEX "structure_departement_id_nom_key" ON "structure"("departement_id", "nom");

-- CreateIndex
CREATE UNIQUE INDEX "utilisateur_courriel_key" ON "utilisateur"("courriel");

-- CreateIndex
CREATE INDEX "utilisateur_departement_id_role_idx" ON "utilisateur"("departement_id", "role");

-- CreateIndex
CREATE INDEX "tentative_connexion_courriel_created_at_idx" ON "tentative_connexion"("courriel", "created_at");

-- CreateIndex
CREATE INDEX "tentative_connexion_ip_created_at_idx" ON "tentative_connexion"("ip", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "programme_departement_id_code_key" ON "programme"("departement_id", "code");

-- CreateIndex
CREATE INDEX "axe_programme_programme_id_idx" ON "axe_programme"("programme_id");

-- CreateIndex
CREATE INDEX "fiche_action_programme_id_idx" ON "fiche_action"("programme_id");

-- CreateIndex
CREATE INDEX "nomenclature_liste_idx" ON "nomenclature"("liste");

-- CreateIndex
CREATE UNIQUE INDEX "nomenclature_liste_departement_id_code_key" ON "nomenclature"("liste", "departement_id", "code");

-- CreateIndex
CREATE INDEX "journal_audit_departement_id_created_at_idx" ON "journal_audit"("departement_id", "created_at");

-- CreateIndex
CREATE INDEX "journal_audit_entite_entite_id_idx" ON "journal_audit"("entite", "entite_id");

-- CreateIndex
CREATE INDEX "journal_audit_utilisateur_id_created_at_idx" ON "journal_audit"("utilisateur_id", "created_at");

-- AddForeignKey
ALTER TABLE "territoire" ADD CONSTRAINT "territoire_departement_id_fkey" FOREIGN KEY ("departement_id") REFERENCES "departement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "territoire" ADD CONSTRAINT "territoire_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "territoire"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "structure" ADD CONSTRAINT "structure_departement_id_fkey" FOREIGN KEY ("departement_id") REFERENCES "departement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "structure" ADD CONSTRAINT "structure_territoire_id_fkey" FOREIGN KEY ("territoire_id") REFERENCES "territoire"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "utilisateur" ADD CONSTRAINT "utilisateur_departement_id_fkey" FOREIGN KEY ("departement_id") REFERENCES "departement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "utilisateur" ADD CONSTRAINT "utilisateur_territoire_id_fkey" FOREIGN KEY ("territoire_id") REFERENCES "territoire"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "utilisateur" ADD CONSTRAINT "utilisateur_structure_id_fkey" FOREIGN KEY ("structure_id") REFERENCES "structure"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme" ADD CONSTRAINT "programme_departement_id_fkey" FOREIGN KEY ("departement_id") REFERENCES "departement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme" ADD CONSTRAINT "programme_territoire_id_fkey" FOREIGN KEY ("territoire_id") REFERENCES "territoire"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "axe_programme" ADD CONSTRAINT "axe_programme_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "axe_programme" ADD CONSTRAINT "axe_programme_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "axe_programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fiche_action" ADD CONSTRAINT "fiche_action_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fiche_action" ADD CONSTRAINT "fiche_action_axe_id_fkey" FOREIGN KEY ("axe_id") REFERENCES "axe_programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "nomenclature" ADD CONSTRAINT "nomenclature_departement_id_fkey" FOREIGN KEY ("departement_id") REFERENCES "departement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "nomenclature" ADD CONSTRAINT "nomenclature_correspondance_id_fkey" FOREIGN KEY ("correspondance_id") REFERENCES "nomenclature"("id") ON DELETE SET NULL ON UPDATE CASCADE;

