import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

// Sessions côté serveur : le JWT porte l'identifiant d'une ligne `session_utilisateur`, relue à chaque
// requête (une recherche par clé primaire). Révoquer la ligne ferme la session, même si le cookie a
// été copié avant : déconnexion, désactivation du compte, changement de mot de passe.

type Client = Pick<Prisma.TransactionClient, "sessionUtilisateur">;

export type MotifRevocation = "DECONNEXION" | "DESACTIVATION" | "MOT_DE_PASSE" | "ADMINISTRATEUR" | "SECOND_FACTEUR";

export async function ouvrirSession(db: Client, entree: { utilisateurId: string; ip?: string | null; totpAConfigurer?: boolean }): Promise<string> {
  const session = await db.sessionUtilisateur.create({
    data: { utilisateurId: entree.utilisateurId, ip: entree.ip ?? null, totpAConfigurer: entree.totpAConfigurer ?? false },
    select: { id: true },
  });
  return session.id;
}

/** La session si elle est ouverte (non révoquée) et appartient bien à cet utilisateur, sinon null. */
export async function sessionOuverte(db: Client, sessionId: string, utilisateurId: string) {
  const s = await db.sessionUtilisateur.findUnique({ where: { id: sessionId }, select: { utilisateurId: true, revoqueeLe: true, totpAConfigurer: true } });
  if (!s || s.revoqueeLe || s.utilisateurId !== utilisateurId) return null;
  return { totpAConfigurer: s.totpAConfigurer };
}

export async function revoquerSession(db: Client, sessionId: string, motif: MotifRevocation): Promise<void> {
  await db.sessionUtilisateur.updateMany({ where: { id: sessionId, revoqueeLe: null }, data: { revoqueeLe: new Date(), motifRevocation: motif } });
}

/** Ferme toutes les sessions ouvertes d'un compte (sauf, le cas échéant, celle qui fait la demande). */
export async function revoquerSessionsUtilisateur(db: Client, utilisateurId: string, motif: MotifRevocation, sauf?: string): Promise<number> {
  const r = await db.sessionUtilisateur.updateMany({
    where: { utilisateurId, revoqueeLe: null, ...(sauf ? { id: { not: sauf } } : {}) },
    data: { revoqueeLe: new Date(), motifRevocation: motif },
  });
  return r.count;
}
