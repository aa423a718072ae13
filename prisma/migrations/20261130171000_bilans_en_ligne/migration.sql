-- Bilans saisis en ligne par les structures : brouillon → soumis → validé, ou renvoyé avec un motif.
-- Les bilans déjà enregistrés (documents sources, saisies du chargé de mission) sont validés.

-- CreateEnum
CREATE TYPE "statut_bilan" AS ENUM ('BROUILLON', 'SOUMIS', 'VALIDE', 'RENVOYE');

-- AlterTable
ALTER TABLE "bilan" ADD COLUMN "statut" "statut_bilan" NOT NULL DEFAULT 'VALIDE',
ADD COLUMN "motif_renvoi" TEXT,
ADD COLUMN "soumis_le" TIMESTAMP(3),
ADD COLUMN "decide_le" TIMESTAMP(3),
ADD COLUMN "decideur_id" TEXT,
ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
