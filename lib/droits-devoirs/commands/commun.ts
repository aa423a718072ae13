import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Acteur } from "@/lib/authz/acteur";
import { perimetrePersonnes } from "@/lib/authz/perimetre";
import { ErreurIntrouvable } from "@/lib/errors";
import { perimetreSituations } from "../perimetre";
import { mettreEnFile } from "@/lib/taches/file";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Jour saisi + heure « hh:mm » de Paris → instant UTC (heure d'été comprise). */
export const heureParis = (jour: Date, hhmm: string) => {
  // heure saisie à Paris → instant UTC (décalage de Paris à cette date)
  const [h, m] = hhmm.split(":").map(Number) as [number, number];
  const approx = new Date(Date.UTC(jour.getUTCFullYear(), jour.getUTCMonth(), jour.getUTCDate(), h, m));
  const paris = new Date(approx.toLocaleString("en-US", { timeZone: "Europe/Paris" }));
  const utc = new Date(approx.toLocaleString("en-US", { timeZone: "UTC" }));
  return new Date(approx.getTime() - (paris.getTime() - utc.getTime()));
};

export const jourDe = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

/** La personne, dans le périmètre de l'acteur, avec ce qu'il faut pour un courrier. */
export async function chargerPersonne(tx: Prisma.TransactionClient, acteur: Acteur, personneId: string) {
  const p = await tx.personne.findFirst({
    where: { id: personneId, ...perimetrePersonnes(acteur) },
    include: { foyer: { include: { departement: true, _count: { select: { personnes: true } } } }, coordonnees: true },
  });
  if (!p) throw new ErreurIntrouvable("Personne");
  return p;
}

export const personneCourrier = (p: { sexe: string; nom: string; prenom: string; foyer: { numeroAllocataire: string } }) => ({
  civilite: p.sexe === "F" ? "Madame" : "Monsieur",
  nom: p.nom,
  prenom: p.prenom,
  numeroAllocataire: p.foyer.numeroAllocataire,
});

/** La situation, dans le périmètre de l'acteur, verrouillée pour la transaction. */
export async function chargerSituation(tx: Prisma.TransactionClient, acteur: Acteur, situationId: string) {
  const s = await tx.situationExamen.findFirst({
    where: { id: situationId, ...perimetreSituations(acteur) },
    include: { session: true, decision: true, personne: { include: { foyer: { include: { departement: true, _count: { select: { personnes: true } } } }, coordonnees: true } } },
  });
  if (!s) throw new ErreurIntrouvable("Situation");
  await tx.$executeRaw`SELECT 1 FROM situation_examen WHERE id = ${situationId} FOR UPDATE`;
  return s;
}

/**
 * Message à la personne : écrit dans la boîte d'envoi, dans la transaction métier. Un courriel part par
 * SMTP (tâche d'envoi) si SMTP_URL est configuré ; sinon, comme tout SMS, il reste dans la boîte d'envoi.
 */
export async function mettreEnBoite(
  tx: Prisma.TransactionClient,
  m: { departementId: string; personneId: string; coordonnees: { courriel: string | null; telephone: string | null } | null; objet: string; corps: string; sms: string },
) {
  const messages: Prisma.MessageSortantCreateManyInput[] = [];
  if (m.coordonnees?.courriel) {
    messages.push({ departementId: m.departementId, personneId: m.personneId, canal: "COURRIEL", destinataire: m.coordonnees.courriel, objet: m.objet, corps: m.corps, statut: process.env.SMTP_URL ? "EN_ATTENTE" : "EN_BOITE" });
  }
  if (m.coordonnees?.telephone) {
    messages.push({ departementId: m.departementId, personneId: m.personneId, canal: "SMS", destinataire: m.coordonnees.telephone, objet: m.objet, corps: m.sms, statut: "EN_BOITE" });
  }
  if (messages.length) await tx.messageSortant.createMany({ data: messages });
  // un serveur SMTP est configuré : la tâche d'envoi part dans la même transaction que les messages
  if (messages.some((x) => x.statut === "EN_ATTENTE")) await mettreEnFile(tx as unknown as PrismaClient, { nom: "messages:envoyer", departementId: m.departementId });
  return messages.length;
}
