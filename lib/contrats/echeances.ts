// Passage automatique des contrats dans le temps (à lancer chaque jour : `npm run contrats:echeances`) :
// un contrat validé dont la date de début est atteinte passe « en cours » ; un contrat en cours dont la
// date de fin est passée devient « échu ». Sans "server-only" : appelé par un script et par le seed.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export async function actualiserEcheances(db: Pick<PrismaClient, "$transaction">, aujourdHui = new Date()) {
  const jour = new Date(Date.UTC(aujourdHui.getUTCFullYear(), aujourdHui.getUTCMonth(), aujourdHui.getUTCDate()));
  return db.$transaction(async (tx) => {
    const demarres = await tx.contratEngagement.updateMany({ where: { statut: "VALIDE", dateDebut: { lte: jour } }, data: { statut: "EN_COURS", version: { increment: 1 } } });
    const echus = await tx.contratEngagement.updateMany({ where: { statut: "EN_COURS", dateFin: { lt: jour } }, data: { statut: "ECHU", version: { increment: 1 } } });
    if (demarres.count + echus.count > 0) {
      await tx.journalAudit.create({
        data: { operation: "MODIFICATION", entite: "ContratEngagement", details: { automatique: true, enCours: demarres.count, echus: echus.count, jour: jour.toISOString().slice(0, 10) } },
      });
    }
    return { enCours: demarres.count, echus: echus.count };
  });
}
