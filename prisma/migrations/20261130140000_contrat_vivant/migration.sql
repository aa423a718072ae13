-- Issue 14 : un seul contrat vivant par personne, garanti par PostgreSQL ; quatre yeux (signataire ≠
-- validateur) ; rupture annulable dans un délai ; paramètres de contrat par département.
-- Les statuts « vivants » sont ceux de STATUTS_CONTRAT_VIVANT (lib/contrats/domain/vivant.ts) : un test
-- unitaire vérifie que la liste ci-dessous est exactement celle-là.

-- Données existantes : si une personne a plusieurs contrats vivants, seul le plus récent le reste (les
-- autres brouillons ou contrats en double sont déclarés rompus, motif explicite).
UPDATE contrat_engagement c SET statut = 'ROMPU', motif_rupture = 'Doublon fermé lors de la mise en place de la règle « un seul contrat vivant »', version = version + 1
WHERE c.statut IN ('BROUILLON', 'SIGNE', 'VALIDE', 'EN_COURS')
  AND EXISTS (SELECT 1 FROM contrat_engagement d WHERE d.personne_id = c.personne_id AND d.id <> c.id
              AND d.statut IN ('BROUILLON', 'SIGNE', 'VALIDE', 'EN_COURS')
              AND (d.created_at, d.id) > (c.created_at, c.id));

ALTER TABLE "contrat_engagement"
  ADD CONSTRAINT "contrat_un_seul_vivant" EXCLUDE USING btree ("personne_id" WITH =)
  WHERE ("statut" IN ('BROUILLON', 'SIGNE', 'VALIDE', 'EN_COURS'));

ALTER TABLE "contrat_engagement" ADD COLUMN "signataire_id" TEXT;
ALTER TABLE "contrat_engagement" ADD COLUMN "rompu_par_id" TEXT;
ALTER TABLE "contrat_engagement" ADD COLUMN "rompu_le" TIMESTAMP(3);
ALTER TABLE "contrat_engagement" ADD COLUMN "statut_avant_rupture" "statut_contrat";

-- « la signature ne précède pas la création » est vérifiée par la commande de signature, pas par un CHECK :
-- les contrats repris de l'historique (chargement, population) ont été signés avant leur saisie ici.
-- quatre yeux : le validateur n'est ni le référent auteur ni le signataire
ALTER TABLE "contrat_engagement" ADD CONSTRAINT "contrat_quatre_yeux"
  CHECK ("validateur_id" IS NULL OR ("validateur_id" <> "referent_id" AND "validateur_id" IS DISTINCT FROM "signataire_id")) NOT VALID;

CREATE TABLE "parametres_contrat" (
    "departement_id" TEXT NOT NULL,
    "duree_max_mois" INTEGER NOT NULL DEFAULT 12,
    "delai_annulation_rupture_jours" INTEGER NOT NULL DEFAULT 7,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "parametres_contrat_pkey" PRIMARY KEY ("departement_id"),
    CONSTRAINT "parametres_contrat_duree" CHECK ("duree_max_mois" BETWEEN 1 AND 36),
    CONSTRAINT "parametres_contrat_delai" CHECK ("delai_annulation_rupture_jours" BETWEEN 0 AND 90)
);
ALTER TABLE "parametres_contrat" ADD CONSTRAINT "parametres_contrat_departement_id_fkey" FOREIGN KEY ("departement_id") REFERENCES "departement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
