-- Sécurité des comptes et RGPD (issue 15 B)

CREATE TABLE "session_utilisateur" (
    "id" TEXT NOT NULL,
    "utilisateur_id" TEXT NOT NULL,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoquee_le" TIMESTAMP(3),
    "motif_revocation" TEXT,
    "totp_a_configurer" BOOLEAN NOT NULL DEFAULT false,
    "ip" TEXT,
    CONSTRAINT "session_utilisateur_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "session_utilisateur_utilisateur_id_idx" ON "session_utilisateur"("utilisateur_id");

CREATE TABLE "jeton_reinitialisation" (
    "id" TEXT NOT NULL,
    "utilisateur_id" TEXT NOT NULL,
    "empreinte" TEXT NOT NULL,
    "expire_le" TIMESTAMP(3) NOT NULL,
    "utilise_le" TIMESTAMP(3),
    "cree_par_id" TEXT,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "jeton_reinitialisation_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "jeton_reinitialisation_empreinte_key" ON "jeton_reinitialisation"("empreinte");
CREATE INDEX "jeton_reinitialisation_utilisateur_id_idx" ON "jeton_reinitialisation"("utilisateur_id");

CREATE TABLE "second_facteur" (
    "utilisateur_id" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "actif_depuis" TIMESTAMP(3),
    "dernier_pas" INTEGER,
    CONSTRAINT "second_facteur_pkey" PRIMARY KEY ("utilisateur_id")
);

CREATE TABLE "parametres_securite" (
    "departement_id" TEXT NOT NULL,
    "totp_obligatoire" BOOLEAN NOT NULL DEFAULT false,
    "conservation_mois" INTEGER NOT NULL DEFAULT 24,
    "modifie_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "parametres_securite_pkey" PRIMARY KEY ("departement_id")
);

CREATE TABLE "personne_anonymisee" (
    "personne_id" TEXT NOT NULL,
    "departement_id" TEXT NOT NULL,
    "anonymisee_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "execution_id" TEXT,
    CONSTRAINT "personne_anonymisee_pkey" PRIMARY KEY ("personne_id")
);
CREATE INDEX "personne_anonymisee_departement_id_idx" ON "personne_anonymisee"("departement_id");

-- Date de clôture ou de radiation des droits : point de départ de la durée de conservation
