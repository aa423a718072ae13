// Envoi des messages de la boîte d'envoi : courriels par SMTP (nodemailer, SMTP_URL) ; sans SMTP_URL,
// et pour les SMS (pas de passerelle), les messages restent dans la boîte d'envoi, lisible par l'administrateur.
// Sans "server-only" : tâche du lanceur commun.
import nodemailer from "nodemailer";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { DefinitionTache } from "@/lib/taches/types";

export interface Transport {
  envoyer(m: { a: string; objet: string; texte: string }): Promise<void>;
}

export function transportSmtp(url: string, expediteur = process.env.SMTP_EXPEDITEUR ?? "ne-pas-repondre@pilote-insertion.local"): Transport {
  const t = nodemailer.createTransport(url);
  return { envoyer: async (m) => void (await t.sendMail({ from: expediteur, to: m.a, subject: m.objet, text: m.texte })) };
}

export async function envoyerMessages(db: Pick<PrismaClient, "messageSortant">, transport: Transport | null, lot = 100) {
  const messages = await db.messageSortant.findMany({ where: { statut: "EN_ATTENTE", tentatives: { lt: 5 } }, orderBy: { creeLe: "asc" }, take: lot });
  let envoyes = 0;
  let echecs = 0;
  for (const m of messages) {
    if (m.canal !== "COURRIEL" || !transport) {
      await db.messageSortant.update({ where: { id: m.id }, data: { statut: "EN_BOITE" } });
      continue;
    }
    try {
      await transport.envoyer({ a: m.destinataire, objet: m.objet, texte: m.corps });
      await db.messageSortant.update({ where: { id: m.id }, data: { statut: "ENVOYE", envoyeLe: new Date(), tentatives: { increment: 1 }, erreur: null } });
      envoyes++;
    } catch (e) {
      echecs++;
      const tentatives = m.tentatives + 1;
      await db.messageSortant.update({ where: { id: m.id }, data: { tentatives, statut: tentatives >= 5 ? "ECHEC" : "EN_ATTENTE", erreur: e instanceof Error ? e.message.slice(0, 300) : "erreur d'envoi" } });
    }
  }
  return { traites: messages.length, envoyes, echecs };
}

export const tacheEnvoyerMessages: DefinitionTache = {
  nom: "messages:envoyer",
  libelle: "Envoi des courriels de la boîte d'envoi (SMTP)",
  quotidienne: true,
  async executer(ctx) {
    return envoyerMessages(ctx.db, process.env.SMTP_URL ? transportSmtp(process.env.SMTP_URL) : null);
  },
};
