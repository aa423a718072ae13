-- Aides financières (demandes, enveloppes annuelles) et chiffres publiés des documents sources.

-- CreateEnum
CREATE TYPE "fonds_aide" AS ENUM ('FSI', 'FSL', 'FAJD', 'AIDE_INDIVIDUELLE');

-- CreateEnum
CREATE TYPE "statut_aide" AS ENUM ('DEMANDEE', 'EN_INSTRUCTION', 'ACCORDEE', 'REFUSEE', 'AJOURNEE', 'VERSEE');

-- CreateTable
CREATE TABLE "demande_aide" (
    "id" TEXT NOT NULL,
    "departement_id" TEXT NOT NULL,
    "personne_id" TEXT NOT NULL,
    "territoire_id" TEXT NOT NULL,
    "contrat_id" TEXT,
    "fonds" "fonds_aide" NOT NULL,
    "type_aide" TEXT NOT NULL,
    "objet" TEXT NOT NULL,
    "montant_demande_centimes" BIGINT NOT NULL,
    "date_demande" DATE NOT NULL,
    "derogation_formation" BOOLEAN NOT NULL DEFAULT false,
    "demandeur_id" TEXT NOT NULL,
    "statut" "statut_aide" NOT NULL DEFAULT 'DEMANDEE',
    "date_instruction" DATE,
    "avis_instruction" TEXT,
    "date_decision" DATE,
    "decideur_id" TEXT,
    "montant_accorde_centimes" BIGINT,
    "motif_decision" TEXT,
    "date_versement" DATE,
    "montant_verse_centimes" BIGINT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "demande_aide_pkey" PRIMARY KEY ("id"),
    -- dernier rempart sous les règles du domaine : montants positifs, versé ≤ accordé
    CONSTRAINT "demande_aide_montants_check" CHECK (
        "montant_demande_centimes" > 0
        AND ("montant_accorde_centimes" IS NULL OR "montant_accorde_centimes" > 0)
        AND ("montant_verse_centimes" IS NULL OR ("montant_accorde_centimes" IS NOT NULL AND "montant_verse_centimes" > 0 AND "montant_verse_centimes" <= "montant_accorde_centimes"))
    )
);

-- CreateTable
CREATE TABLE "enveloppe_aide" (
    "id" TEXT NOT NULL,
    "departement_id" TEXT NOT NULL,
    "territoire_id" TEXT NOT NULL,
    "fonds" "fonds_aide" NOT NULL,
    "annee" INTEGER NOT NULL,
    "montant_centimes" BIGINT NOT NULL,

    CONSTRAINT "enveloppe_aide_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "enveloppe_aide_montant_check" CHECK ("montant_centimes" >= 0)
);

-- CreateTable
CREATE TABLE "chiffre_publie" (
    "id" TEXT NOT NULL,
    "departement_id" TEXT NOT NULL,
    "territoire_id" TEXT,
    "action_id" TEXT,
    "theme" TEXT NOT NULL,
    "indicateur" TEXT NOT NULL,
    "dimension" TEXT NOT NULL DEFAULT '',
    "libelle" TEXT NOT NULL,
    "valeur" DOUBLE PRECISION NOT NULL,
    "unite" TEXT NOT NULL,
    "annee" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "ordre" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "chiffre_publie_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "demande_aide_departement_id_statut_idx" ON "demande_aide"("departement_id", "statut");

-- CreateIndex
CREATE INDEX "demande_aide_personne_id_idx" ON "demande_aide"("personne_id");

-- CreateIndex
CREATE INDEX "demande_aide_territoire_id_fonds_date_decision_idx" ON "demande_aide"("territoire_id", "fonds", "date_decision");

-- CreateIndex
CREATE INDEX "enveloppe_aide_departement_id_annee_idx" ON "enveloppe_aide"("departement_id", "annee");

-- CreateIndex
CREATE UNIQUE INDEX "enveloppe_aide_territoire_id_fonds_annee_key" ON "enveloppe_aide"("territoire_id", "fonds", "annee");

-- CreateIndex
CREATE INDEX "chiffre_publie_departement_id_theme_annee_idx" ON "chiffre_publie"("departement_id", "theme", "annee");

-- CreateIndex
CREATE INDEX "chiffre_publie_territoire_id_theme_idx" ON "chiffre_publie"("territoire_id", "theme");

-- CreateIndex
CREATE INDEX "chiffre_publie_action_id_idx" ON "chiffre_publie"("action_id");

-- AddForeignKey
ALTER TABLE "demande_aide" ADD CONSTRAINT "demande_aide_departement_id_fkey" FOREIGN KEY ("departement_id") REFERENCES "departement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "demande_aide" ADD CONSTRAINT "demande_aide_personne_id_fkey" FOREIGN KEY ("personne_id") REFERENCES "personne"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "demande_aide" ADD CONSTRAINT "demande_aide_territoire_id_fkey" FOREIGN KEY ("territoire_id") REFERENCES "territoire"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "demande_aide" ADD CONSTRAINT "demande_aide_contrat_id_fkey" FOREIGN KEY ("contrat_id") REFERENCES "contrat_engagement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "demande_aide" ADD CONSTRAINT "demande_aide_demandeur_id_fkey" FOREIGN KEY ("demandeur_id") REFERENCES "utilisateur"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "demande_aide" ADD CONSTRAINT "demande_aide_decideur_id_fkey" FOREIGN KEY ("decideur_id") REFERENCES "utilisateur"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enveloppe_aide" ADD CONSTRAINT "enveloppe_aide_departement_id_fkey" FOREIGN KEY ("departement_id") REFERENCES "departement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enveloppe_aide" ADD CONSTRAINT "enveloppe_aide_territoire_id_fkey" FOREIGN KEY ("territoire_id") REFERENCES "territoire"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "chiffre_publie" ADD CONSTRAINT "chiffre_publie_departement_id_fkey" FOREIGN KEY ("departement_id") REFERENCES "departement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "chiffre_publie" ADD CONSTRAINT "chiffre_publie_territoire_id_fkey" FOREIGN KEY ("territoire_id") REFERENCES "territoire"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "chiffre_publie" ADD CONSTRAINT "chiffre_publie_action_id_fkey" FOREIGN KEY ("action_id") REFERENCES "action_insertion"("id") ON DELETE SET NULL ON UPDATE CASCADE;
