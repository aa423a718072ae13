-- Chiffres publiés rattachés à une fiche de programme (bilan des fiches de la convention plan pauvreté, D1).
ALTER TABLE "chiffre_publie" ADD COLUMN "fiche_id" TEXT;

-- CreateIndex
CREATE INDEX "chiffre_publie_fiche_id_idx" ON "chiffre_publie"("fiche_id");

-- AddForeignKey
ALTER TABLE "chiffre_publie" ADD CONSTRAINT "chiffre_publie_fiche_id_fkey" FOREIGN KEY ("fiche_id") REFERENCES "fiche_action"("id") ON DELETE SET NULL ON UPDATE CASCADE;
