-- CreateEnum
CREATE TYPE "type_rendez_vous" AS ENUM ('ORIENTATION', 'CONTRAT', 'SUIVI');

-- CreateEnum
CREATE TYPE "modalite_rendez_vous" AS ENUM ('PRESENTIEL', 'TELEPHONE', 'VISIO');

-- CreateEnum
CREATE TYPE "resultat_rendez_vous" AS ENUM ('PREVU', 'HONORE', 'EXCUSE', 'NON_HONORE', 'ANNULE');

-- CreateEnum
CREATE TYPE "canal_message" AS ENUM ('COURRIEL', 'SMS');

-- CreateEnum
CREATE TYPE "statut_message" AS ENUM ('EN_ATTENTE', 'ENVOYE', 'EN_BOITE', 'ECHEC');

-- CreateEnum
CREATE TYPE "type_courrier" AS ENUM ('CONVOCATION', 'RAPPEL', 'INFORMATION_EXAMEN', 'DECISION');

-- CreateEnum
CREATE TYPE "motif_situation" AS ENUM ('ABSENCE_CONTRAT', 'NON_RENOUVELLEMENT', 'ABSENCES_REPETEES', 'NON_RESPECT_ENGAGEMENTS', 'RADIATION_FRANCE_TRAVAIL', 'REFUS_SIGNATURE');

-- CreateEnum
CREATE TYPE "statut_situation" AS ENUM ('A_EXAMINER', 'INSCRITE', 'INFORMEE', 'AVIS_RENDU', 'DECIDEE', 'CLASSEE');

-- CreateEnum
CREATE TYPE "type_instance" AS ENUM ('EP_TERRITORIALE', 'EP_DEPARTEMENTALE', 'COMMISSION_RSA');

-- CreateEnum
CREATE TYPE "type_decision" AS ENUM ('MAINTIEN', 'SUSPENSION_REMOBILISATION', 'SUPPRESSION_PARTIELLE', 'SUPPRESSION_TOTALE', 'REORIENTATION', 'RETABLISSEMENT');

-- CreateTable
CREATE TABLE "parametres_droits_devoirs" (
    "departement_id" TEXT NOT NULL,
    "delai_contrat_apres_orientation" INTEGER NOT NULL DEFAULT 60,
    "delai_renouvellement" INTEGER NOT NULL DEFAULT 30,
    "seuil_absences" INTEGER NOT NULL DEFAULT 2,
    "fenetre_absences" INTEGER NOT NULL DEFAULT 180,
    "delai_observations" INTEGER NOT NULL DEFAULT 30,
    "montant_forfaitaire_centimes" INTEGER NOT NULL DEFAULT 64652,
    "modifie_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "parametres_droits_devoirs_pkey" PRIMARY KEY ("departement_id")
);

-- CreateTable
CREATE TABLE "rendez_vous" (
    "id" TEXT NOT NULL,
    "personne_id" TEXT NOT NULL,
    "agent_id" TEXT NOT NULL,
    "type" "type_rendez_vous" NOT NULL,
    "modalite" "modalite_rendez_vous" NOT NULL,
    "lieu" TEXT,
    "debut" TIMESTAMP(3) NOT NULL,
    "resultat" "resultat_rendez_vous" NOT NULL DEFAULT 'PREVU',
    "commentaire" TEXT,
    "resultat_le" TIMESTAMP(3),
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rendez_vous_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "message_sortant" (
    "id" TEXT NOT NULL,
    "departement_id" TEXT NOT NULL,
    "personne_id" TEXT,
    "canal" "canal_message" NOT NULL,
    "destinataire" TEXT NOT NULL,
    "objet" TEXT NOT NULL,
    "corps" TEXT NOT NULL,
    "statut" "statut_message" NOT NULL DEFAULT 'EN_ATTENTE',
    "tentatives" INTEGER NOT NULL DEFAULT 0,
    "erreur" TEXT,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "envoye_le" TIMESTAMP(3),

    CONSTRAINT "message_sortant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "courrier_droits_devoirs" (
    "id" TEXT NOT NULL,
    "personne_id" TEXT NOT NULL,
    "type" "type_courrier" NOT NULL,
    "rendez_vous_id" TEXT,
    "situation_id" TEXT,
    "contenu" JSONB NOT NULL,
    "emis_par_id" TEXT NOT NULL,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "courrier_droits_devoirs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session_commission" (
    "id" TEXT NOT NULL,
    "departement_id" TEXT NOT NULL,
    "territoire_id" TEXT,
    "type" "type_instance" NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "lieu" TEXT,
    "membres" TEXT NOT NULL DEFAULT '',
    "tenue" BOOLEAN NOT NULL DEFAULT false,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "session_commission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "situation_examen" (
    "id" TEXT NOT NULL,
    "departement_id" TEXT NOT NULL,
    "personne_id" TEXT NOT NULL,
    "territoire_id" TEXT NOT NULL,
    "motif" "motif_situation" NOT NULL,
    "detail" TEXT,
    "detectee_le" DATE NOT NULL,
    "signalee_par_id" TEXT,
    "statut" "statut_situation" NOT NULL DEFAULT 'A_EXAMINER',
    "session_id" TEXT,
    "informee_le" DATE,
    "date_limite_observations" DATE,
    "observations" TEXT,
    "observations_le" DATE,
    "avis" "type_decision",
    "avis_motifs" TEXT,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "situation_examen_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "decision_sanction" (
    "id" TEXT NOT NULL,
    "situation_id" TEXT NOT NULL,
    "departement_id" TEXT NOT NULL,
    "personne_id" TEXT NOT NULL,
    "type" "type_decision" NOT NULL,
    "recidive" BOOLEAN NOT NULL DEFAULT false,
    "pourcentage" INTEGER,
    "duree_mois" INTEGER,
    "date_effet" DATE NOT NULL,
    "date_fin" DATE,
    "montant_mensuel_centimes" INTEGER NOT NULL DEFAULT 0,
    "montant_suspendu_centimes" INTEGER NOT NULL DEFAULT 0,
    "motifs" TEXT NOT NULL,
    "decide_par_id" TEXT NOT NULL,
    "qualite_decideur" TEXT NOT NULL,
    "decide_le" DATE NOT NULL,
    "remobilisee_le" DATE,
    "remobilisation_motif" TEXT,
    "montant_restitue_centimes" INTEGER NOT NULL DEFAULT 0,
    "devenue_definitive_le" DATE,
    "transmission_id" TEXT,

    CONSTRAINT "decision_sanction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transmission_caf" (
    "id" TEXT NOT NULL,
    "departement_id" TEXT NOT NULL,
    "jour" DATE NOT NULL,
    "nb_decisions" INTEGER NOT NULL,
    "contenu" TEXT NOT NULL,
    "cree_par_id" TEXT NOT NULL,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "transmission_caf_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "rendez_vous_personne_id_debut_idx" ON "rendez_vous"("personne_id", "debut");

-- CreateIndex
CREATE INDEX "rendez_vous_agent_id_debut_idx" ON "rendez_vous"("agent_id", "debut");

-- CreateIndex
CREATE INDEX "message_sortant_statut_cree_le_idx" ON "message_sortant"("statut", "cree_le");

-- CreateIndex
CREATE INDEX "message_sortant_departement_id_cree_le_idx" ON "message_sortant"("departement_id", "cree_le");

-- CreateIndex
CREATE INDEX "message_sortant_personne_id_idx" ON "message_sortant"("personne_id");

-- CreateIndex
CREATE INDEX "courrier_droits_devoirs_personne_id_idx" ON "courrier_droits_devoirs"("personne_id");

-- CreateIndex
CREATE INDEX "session_commission_departement_id_date_idx" ON "session_commission"("departement_id", "date");

-- CreateIndex
CREATE INDEX "session_commission_territoire_id_date_idx" ON "session_commission"("territoire_id", "date");

-- CreateIndex
CREATE INDEX "situation_examen_departement_id_statut_idx" ON "situation_examen"("departement_id", "statut");

-- CreateIndex
CREATE INDEX "situation_examen_territoire_id_statut_idx" ON "situation_examen"("territoire_id", "statut");

-- CreateIndex
CREATE INDEX "situation_examen_personne_id_idx" ON "situation_examen"("personne_id");

-- CreateIndex
CREATE INDEX "situation_examen_session_id_idx" ON "situation_examen"("session_id");

-- CreateIndex
CREATE UNIQUE INDEX "decision_sanction_situation_id_key" ON "decision_sanction"("situation_id");

-- CreateIndex
CREATE INDEX "decision_sanction_departement_id_decide_le_idx" ON "decision_sanction"("departement_id", "decide_le");

-- CreateIndex
CREATE INDEX "decision_sanction_personne_id_idx" ON "decision_sanction"("personne_id");

-- CreateIndex
CREATE INDEX "decision_sanction_transmission_id_idx" ON "decision_sanction"("transmission_id");

-- CreateIndex
CREATE UNIQUE INDEX "transmission_caf_departement_id_jour_key" ON "transmission_caf"("departement_id", "jour");

-- AddForeignKey
ALTER TABLE "parametres_droits_devoirs" ADD CONSTRAINT "parametres_droits_devoirs_departement_id_fkey" FOREIGN KEY ("departement_id") REFERENCES "departement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rendez_vous" ADD CONSTRAINT "rendez_vous_personne_id_fkey" FOREIGN KEY ("personne_id") REFERENCES "personne"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rendez_vous" ADD CONSTRAINT "rendez_vous_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "utilisateur"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message_sortant" ADD CONSTRAINT "message_sortant_departement_id_fkey" FOREIGN KEY ("departement_id") REFERENCES "departement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message_sortant" ADD CONSTRAINT "message_sortant_personne_id_fkey" FOREIGN KEY ("personne_id") REFERENCES "personne"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courrier_droits_devoirs" ADD CONSTRAINT "courrier_droits_devoirs_personne_id_fkey" FOREIGN KEY ("personne_id") REFERENCES "personne"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courrier_droits_devoirs" ADD CONSTRAINT "courrier_droits_devoirs_rendez_vous_id_fkey" FOREIGN KEY ("rendez_vous_id") REFERENCES "rendez_vous"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courrier_droits_devoirs" ADD CONSTRAINT "courrier_droits_devoirs_situation_id_fkey" FOREIGN KEY ("situation_id") REFERENCES "situation_examen"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_commission" ADD CONSTRAINT "session_commission_departement_id_fkey" FOREIGN KEY ("departement_id") REFERENCES "departement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_commission" ADD CONSTRAINT "session_commission_territoire_id_fkey" FOREIGN KEY ("territoire_id") REFERENCES "territoire"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "situation_examen" ADD CONSTRAINT "situation_examen_departement_id_fkey" FOREIGN KEY ("departement_id") REFERENCES "departement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "situation_examen" ADD CONSTRAINT "situation_examen_personne_id_fkey" FOREIGN KEY ("personne_id") REFERENCES "personne"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "situation_examen" ADD CONSTRAINT "situation_examen_territoire_id_fkey" FOREIGN KEY ("territoire_id") REFERENCES "territoire"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "situation_examen" ADD CONSTRAINT "situation_examen_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "session_commission"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decision_sanction" ADD CONSTRAINT "decision_sanction_situation_id_fkey" FOREIGN KEY ("situation_id") REFERENCES "situation_examen"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decision_sanction" ADD CONSTRAINT "decision_sanction_transmission_id_fkey" FOREIGN KEY ("transmission_id") REFERENCES "transmission_caf"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transmission_caf" ADD CONSTRAINT "transmission_caf_departement_id_fkey" FOREIGN KEY ("departement_id") REFERENCES "departement"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Une seule situation ouverte par personne et par motif : la tâche quotidienne peut repasser sans doublon.
CREATE UNIQUE INDEX "situation_examen_ouverte_unique" ON "situation_examen" ("personne_id", "motif")
  WHERE "statut" NOT IN ('DECIDEE', 'CLASSEE');

-- CreateTable
CREATE TABLE "coordonnees_personne" (
    "personne_id" TEXT NOT NULL,
    "courriel" TEXT,
    "telephone" TEXT,
    "modifie_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "coordonnees_personne_pkey" PRIMARY KEY ("personne_id")
);

-- AddForeignKey
ALTER TABLE "coordonnees_personne" ADD CONSTRAINT "coordonnees_personne_personne_id_fkey" FOREIGN KEY ("personne_id") REFERENCES "personne"("id") ON DELETE CASCADE ON UPDATE CASCADE;
