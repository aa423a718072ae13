-- CreateEnum
CREATE TYPE "type_convention" AS ENUM ('SUBVENTION', 'MARCHE_PUBLIC', 'ACCORD_CADRE');

-- CreateEnum
CREATE TYPE "statut_convention" AS ENUM ('INSTRUCTION', 'VOTEE', 'SIGNEE', 'EN_EXECUTION', 'SOLDEE', 'RESILIEE');

-- CreateEnum
CREATE TYPE "nature_convention" AS ENUM ('NOUVELLE', 'RENOUVELLEMENT');

-- CreateEnum
CREATE TYPE "financeur" AS ENUM ('DEPARTEMENT', 'ETAT', 'FSE_PLUS', 'AUTRE');

-- CreateEnum
CREATE TYPE "type_paiement" AS ENUM ('ACOMPTE', 'SOLDE', 'AUTRE');

-- CreateEnum
CREATE TYPE "statut_paiement" AS ENUM ('PREVU', 'MANDATE');

-- CreateEnum
CREATE TYPE "type_bilan" AS ENUM ('INTERMEDIAIRE', 'FINAL', 'ANNUEL');

-- CreateEnum
CREATE TYPE "type_mouvement" AS ENUM ('REDEPLOIEMENT', 'REPORT');

-- CreateTable
CREATE TABLE "convention" (
    "id" TEXT NOT NULL,
    "departement_id" TEXT NOT NULL,
    "structure_id" TEXT,
    "type" "type_convention" NOT NULL,
    "numero" TEXT,
    "objet" TEXT NOT NULL,
    "nature" "nature_convention",
    "statut" "statut_convention" NOT NULL DEFAULT 'INSTRUCTION',
    "date_debut" DATE NOT NULL,
    "date_fin" DATE NOT NULL,
    "montant_initial_centimes" BIGINT,
    "volume" DOUBLE PRECISION,
    "unite_volume" "unite_capacite",
    "cp_date" DATE,
    "cp_rapport" TEXT,
    "deliberation" TEXT,
    "date_signature" DATE,
    "programme_id" TEXT,
    "fiche_id" TEXT,
    "convention_precedente_id" TEXT,
    "observations" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "convention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "convention_action" (
    "convention_id" TEXT NOT NULL,
    "action_id" TEXT NOT NULL,

    CONSTRAINT "convention_action_pkey" PRIMARY KEY ("convention_id","action_id")
);

-- CreateTable
CREATE TABLE "lot" (
    "id" TEXT NOT NULL,
    "convention_id" TEXT NOT NULL,
    "numero" INTEGER NOT NULL,
    "intitule" TEXT NOT NULL,
    "secteur" TEXT,
    "mandataire_id" TEXT,

    CONSTRAINT "lot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lot_cotraitant" (
    "lot_id" TEXT NOT NULL,
    "structure_id" TEXT NOT NULL,

    CONSTRAINT "lot_cotraitant_pkey" PRIMARY KEY ("lot_id","structure_id")
);

-- CreateTable
CREATE TABLE "avenant" (
    "id" TEXT NOT NULL,
    "convention_id" TEXT NOT NULL,
    "numero" INTEGER NOT NULL,
    "date_signature" DATE NOT NULL,
    "objet" TEXT NOT NULL,
    "delta_montant_centimes" BIGINT NOT NULL DEFAULT 0,
    "nouvelle_date_fin" DATE,
    "delta_volume" DOUBLE PRECISION,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "avenant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicateur" (
    "id" TEXT NOT NULL,
    "convention_id" TEXT NOT NULL,
    "nom" TEXT NOT NULL,
    "unite" TEXT NOT NULL,
    "cible" DOUBLE PRECISION,
    "ordre" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "indicateur_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ligne_financement" (
    "id" TEXT NOT NULL,
    "convention_id" TEXT NOT NULL,
    "financeur" "financeur" NOT NULL,
    "libelle_financeur" TEXT,
    "exercice" INTEGER NOT NULL,
    "montant_centimes" BIGINT NOT NULL,
    "numero_engagement" TEXT,

    CONSTRAINT "ligne_financement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "paiement" (
    "id" TEXT NOT NULL,
    "convention_id" TEXT,
    "engagement_id" TEXT,
    "type" "type_paiement" NOT NULL,
    "libelle" TEXT NOT NULL,
    "montant_centimes" BIGINT NOT NULL,
    "date_prevue" DATE,
    "statut" "statut_paiement" NOT NULL DEFAULT 'PREVU',
    "date_mandatement" DATE,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "paiement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bilan" (
    "id" TEXT NOT NULL,
    "convention_id" TEXT NOT NULL,
    "type" "type_bilan" NOT NULL,
    "periode_debut" DATE NOT NULL,
    "periode_fin" DATE NOT NULL,
    "participants" INTEGER NOT NULL,
    "pct_femmes" DOUBLE PRECISION,
    "pct_sans_qualification" DOUBLE PRECISION,
    "points_positifs" TEXT,
    "points_a_ameliorer" TEXT,
    "perspectives" TEXT,
    "appreciation" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "bilan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bilan_sortie" (
    "id" TEXT NOT NULL,
    "bilan_id" TEXT NOT NULL,
    "type_sortie" TEXT NOT NULL,
    "nombre" INTEGER NOT NULL,
    "detail" TEXT,

    CONSTRAINT "bilan_sortie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bilan_indicateur" (
    "bilan_id" TEXT NOT NULL,
    "indicateur_id" TEXT NOT NULL,
    "valeur" DOUBLE PRECISION NOT NULL,
    "justification_ecart" TEXT,

    CONSTRAINT "bilan_indicateur_pkey" PRIMARY KEY ("bilan_id","indicateur_id")
);

-- CreateTable
CREATE TABLE "ligne_budgetaire" (
    "id" TEXT NOT NULL,
    "departement_id" TEXT NOT NULL,
    "programme_id" TEXT NOT NULL,
    "exercice" INTEGER NOT NULL,
    "axe_id" TEXT,
    "fiche_id" TEXT,
    "libelle" TEXT NOT NULL,
    "objectifs" TEXT,
    "prevu_centimes" BIGINT NOT NULL,
    "observations" TEXT,
    "ordre" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ligne_budgetaire_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "part_financeur" (
    "ligne_id" TEXT NOT NULL,
    "financeur" "financeur" NOT NULL,
    "montant_centimes" BIGINT NOT NULL,

    CONSTRAINT "part_financeur_pkey" PRIMARY KEY ("ligne_id","financeur")
);

-- CreateTable
CREATE TABLE "engagement" (
    "id" TEXT NOT NULL,
    "ligne_id" TEXT NOT NULL,
    "convention_id" TEXT,
    "libelle" TEXT NOT NULL,
    "montant_centimes" BIGINT NOT NULL,
    "date_engagement" DATE NOT NULL,
    "numero_engagement" TEXT,
    "auteur_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "engagement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mouvement_budgetaire" (
    "id" TEXT NOT NULL,
    "type" "type_mouvement" NOT NULL,
    "source_id" TEXT NOT NULL,
    "cible_id" TEXT NOT NULL,
    "montant_centimes" BIGINT NOT NULL,
    "motif" TEXT NOT NULL,
    "date_mouvement" DATE NOT NULL,
    "auteur_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mouvement_budgetaire_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "convention_departement_id_statut_idx" ON "convention"("departement_id", "statut");

-- CreateIndex
CREATE INDEX "convention_structure_id_idx" ON "convention"("structure_id");

-- CreateIndex
CREATE UNIQUE INDEX "lot_convention_id_numero_key" ON "lot"("convention_id", "numero");

-- CreateIndex
CREATE UNIQUE INDEX "avenant_convention_id_numero_key" ON "avenant"("convention_id", "numero");

-- CreateIndex
CREATE INDEX "paiement_convention_id_idx" ON "paiement"("convention_id");

-- CreateIndex
CREATE INDEX "paiement_engagement_id_idx" ON "paiement"("engagement_id");

-- CreateIndex
CREATE INDEX "ligne_budgetaire_departement_id_programme_id_exercice_idx" ON "ligne_budgetaire"("departement_id", "programme_id", "exercice");

-- CreateIndex
CREATE INDEX "engagement_ligne_id_idx" ON "engagement"("ligne_id");

-- CreateIndex
CREATE INDEX "mouvement_budgetaire_source_id_idx" ON "mouvement_budgetaire"("source_id");

-- CreateIndex
CREATE INDEX "mouvement_budgetaire_cible_id_idx" ON "mouvement_budgetaire"("cible_id");

-- AddForeignKey
ALTER TABLE "convention" ADD CONSTRAINT "convention_departement_id_fkey" FOREIGN KEY ("departement_id") REFERENCES "departement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "convention" ADD CONSTRAINT "convention_structure_id_fkey" FOREIGN KEY ("structure_id") REFERENCES "structure"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "convention" ADD CONSTRAINT "convention_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "convention" ADD CONSTRAINT "convention_fiche_id_fkey" FOREIGN KEY ("fiche_id") REFERENCES "fiche_action"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "convention" ADD CONSTRAINT "convention_convention_precedente_id_fkey" FOREIGN KEY ("convention_precedente_id") REFERENCES "convention"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "convention_action" ADD CONSTRAINT "convention_action_convention_id_fkey" FOREIGN KEY ("convention_id") REFERENCES "convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "convention_action" ADD CONSTRAINT "convention_action_action_id_fkey" FOREIGN KEY ("action_id") REFERENCES "action_insertion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lot" ADD CONSTRAINT "lot_convention_id_fkey" FOREIGN KEY ("convention_id") REFERENCES "convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lot" ADD CONSTRAINT "lot_mandataire_id_fkey" FOREIGN KEY ("mandataire_id") REFERENCES "structure"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lot_cotraitant" ADD CONSTRAINT "lot_cotraitant_lot_id_fkey" FOREIGN KEY ("lot_id") REFERENCES "lot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lot_cotraitant" ADD CONSTRAINT "lot_cotraitant_structure_id_fkey" FOREIGN KEY ("structure_id") REFERENCES "structure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "avenant" ADD CONSTRAINT "avenant_convention_id_fkey" FOREIGN KEY ("convention_id") REFERENCES "convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicateur" ADD CONSTRAINT "indicateur_convention_id_fkey" FOREIGN KEY ("convention_id") REFERENCES "convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ligne_financement" ADD CONSTRAINT "ligne_financement_convention_id_fkey" FOREIGN KEY ("convention_id") REFERENCES "convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "paiement" ADD CONSTRAINT "paiement_convention_id_fkey" FOREIGN KEY ("convention_id") REFERENCES "convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "paiement" ADD CONSTRAINT "paiement_engagement_id_fkey" FOREIGN KEY ("engagement_id") REFERENCES "engagement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bilan" ADD CONSTRAINT "bilan_convention_id_fkey" FOREIGN KEY ("convention_id") REFERENCES "convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bilan_sortie" ADD CONSTRAINT "bilan_sortie_bilan_id_fkey" FOREIGN KEY ("bilan_id") REFERENCES "bilan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bilan_indicateur" ADD CONSTRAINT "bilan_indicateur_bilan_id_fkey" FOREIGN KEY ("bilan_id") REFERENCES "bilan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bilan_indicateur" ADD CONSTRAINT "bilan_indicateur_indicateur_id_fkey" FOREIGN KEY ("indicateur_id") REFERENCES "indicateur"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ligne_budgetaire" ADD CONSTRAINT "ligne_budgetaire_departement_id_fkey" FOREIGN KEY ("departement_id") REFERENCES "departement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ligne_budgetaire" ADD CONSTRAINT "ligne_budgetaire_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ligne_budgetaire" ADD CONSTRAINT "ligne_budgetaire_axe_id_fkey" FOREIGN KEY ("axe_id") REFERENCES "axe_programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ligne_budgetaire" ADD CONSTRAINT "ligne_budgetaire_fiche_id_fkey" FOREIGN KEY ("fiche_id") REFERENCES "fiche_action"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "part_financeur" ADD CONSTRAINT "part_financeur_ligne_id_fkey" FOREIGN KEY ("ligne_id") REFERENCES "ligne_budgetaire"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "engagement" ADD CONSTRAINT "engagement_ligne_id_fkey" FOREIGN KEY ("ligne_id") REFERENCES "ligne_budgetaire"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "engagement" ADD CONSTRAINT "engagement_convention_id_fkey" FOREIGN KEY ("convention_id") REFERENCES "convention"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mouvement_budgetaire" ADD CONSTRAINT "mouvement_budgetaire_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "ligne_budgetaire"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mouvement_budgetaire" ADD CONSTRAINT "mouvement_budgetaire_cible_id_fkey" FOREIGN KEY ("cible_id") REFERENCES "ligne_budgetaire"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Invariants simples tenus par la base (les plafonds, qui dépendent d'autres lignes, sont vérifiés
-- par les commandes sous verrou de ligne : voir lib/budgets et lib/conventions).
ALTER TABLE "paiement" ADD CONSTRAINT "paiement_montant_positif" CHECK ("montant_centimes" > 0);
ALTER TABLE "paiement" ADD CONSTRAINT "paiement_rattache" CHECK ("convention_id" IS NOT NULL OR "engagement_id" IS NOT NULL);
ALTER TABLE "engagement" ADD CONSTRAINT "engagement_montant_positif" CHECK ("montant_centimes" > 0);
ALTER TABLE "mouvement_budgetaire" ADD CONSTRAINT "mouvement_montant_positif" CHECK ("montant_centimes" > 0);
ALTER TABLE "mouvement_budgetaire" ADD CONSTRAINT "mouvement_deux_lignes" CHECK ("source_id" <> "cible_id");
ALTER TABLE "ligne_budgetaire" ADD CONSTRAINT "ligne_prevu_positif" CHECK ("prevu_centimes" >= 0);
ALTER TABLE "convention" ADD CONSTRAINT "convention_periode" CHECK ("date_fin" >= "date_debut");
ALTER TABLE "convention" ADD CONSTRAINT "convention_montant_positif" CHECK ("montant_initial_centimes" IS NULL OR "montant_initial_centimes" >= 0);
