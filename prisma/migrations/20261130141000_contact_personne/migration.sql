-- Issue 14 : coordonnées de contact d'une personne, que l'opérateur voit pour les personnes qui lui sont
-- prescrites (et rien d'autre du dossier).
ALTER TABLE "personne" ADD COLUMN "telephone" TEXT;
ALTER TABLE "personne" ADD COLUMN "courriel" TEXT;
