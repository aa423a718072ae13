-- Tâches de fond : une file d'exécutions dans PostgreSQL (docs/decisions/1001-taches-de-fond.md).
CREATE TYPE "statut_tache" AS ENUM ('EN_ATTENTE', 'EN_COURS', 'TERMINEE', 'ECHOUEE');

CREATE TABLE "tache_execution" (
    "id" TEXT NOT NULL,
    "nom" TEXT NOT NULL,
    "departement_id" TEXT,
    "parametres" JSONB NOT NULL DEFAULT '{}',
    "statut" "statut_tache" NOT NULL DEFAULT 'EN_ATTENTE',
    "fait" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER,
    "message" TEXT,
    "resultat" JSONB,
    "erreur" TEXT,
    "demande_par_id" TEXT,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "debute_le" TIMESTAMP(3),
    "termine_le" TIMESTAMP(3),
    "battement" TIMESTAMP(3),
    CONSTRAINT "tache_execution_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "tache_execution_statut_cree_le_idx" ON "tache_execution"("statut", "cree_le");
CREATE INDEX "tache_execution_nom_departement_id_cree_le_idx" ON "tache_execution"("nom", "departement_id", "cree_le" DESC);

-- jamais deux exécutions en cours d'une même tâche pour un même département (ou pour l'instance)
CREATE UNIQUE INDEX "tache_execution_une_en_cours" ON "tache_execution" ("nom", COALESCE("departement_id", ''))
  WHERE "statut" = 'EN_COURS';
