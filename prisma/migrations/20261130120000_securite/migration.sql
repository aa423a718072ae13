-- Sécurité (issue 15, partie A) : clés d'idempotence des formulaires de création, unicité des noms
-- sans tenir compte de la casse.

-- Une clé par envoi de formulaire (tirée par le navigateur) : un double envoi rejoue le résultat du
-- premier au lieu de créer deux fois.
CREATE TABLE "cle_idempotence" (
    "utilisateur_id" TEXT NOT NULL,
    "cle" TEXT NOT NULL,
    "resultat" JSONB,
    "termine" BOOLEAN NOT NULL DEFAULT false,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cle_idempotence_pkey" PRIMARY KEY ("utilisateur_id", "cle")
);
CREATE INDEX "cle_idempotence_cree_le_idx" ON "cle_idempotence"("cree_le");

-- Le nom d'une structure est unique dans le département quelle que soit la casse (le code le vérifiait,
-- la base ne le garantissait pas : deux créations simultanées passaient).
CREATE UNIQUE INDEX "structure_departement_id_nom_ci_key" ON "structure"("departement_id", lower("nom"));
