import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import type { Acteur } from "@/lib/authz/acteur";
import { auth } from "./index";
import { sessionOuverte } from "./commands/sessions";

export interface SessionActeur {
  acteur: Acteur;
  sessionId: string;
  /** le département exige un second facteur que ce compte n'a pas encore configuré */
  totpAConfigurer: boolean;
}

/**
 * La session de la requête (une fois par requête), ou null : JWT valide ET ligne `session_utilisateur`
 * non révoquée ET compte actif. Deux recherches par clé primaire, en parallèle.
 */
export const obtenirSession = cache(async (): Promise<SessionActeur | null> => {
  const session = await auth();
  if (!session?.utilisateurId || !session.sessionId) return null;
  const [acteur, ouverte] = await Promise.all([chargerActeur(session.utilisateurId), sessionOuverte(db, session.sessionId, session.utilisateurId)]);
  if (!acteur || !ouverte) return null;
  return { acteur, sessionId: session.sessionId, totpAConfigurer: ouverte.totpAConfigurer };
});

/** L'acteur de la requête, ou null sans session valide. */
export const obtenirActeur = cache(async (): Promise<Acteur | null> => (await obtenirSession())?.acteur ?? null);

/** Relit rôle et périmètre en base à chaque requête : un compte désactivé perd l'accès aussitôt. */
export async function chargerActeur(utilisateurId: string): Promise<Acteur | null> {
  const u = await db.utilisateur.findUnique({
    where: { id: utilisateurId },
    include: { territoire: { select: { chemin: true } } },
  });
  if (!u || !u.actif) return null;
  return {
    id: u.id,
    role: u.role,
    departementId: u.departementId,
    territoireId: u.territoireId,
    cheminTerritoire: u.territoire?.chemin ?? null,
    structureId: u.structureId,
    nomComplet: `${u.prenom} ${u.nom}`,
  };
}

export const CHEMIN_CONFIGURATION_TOTP = "/compte/securite?obligatoire=1";

/** Pour les pages et les actions : sans session, renvoie vers la connexion ; second facteur à configurer d'abord. */
export async function exigerActeur(): Promise<Acteur> {
  const session = await exigerSession();
  if (session.totpAConfigurer) redirect(CHEMIN_CONFIGURATION_TOTP);
  return session.acteur;
}

/** Comme exigerActeur, mais laisse passer une session dont le second facteur reste à configurer. */
export async function exigerSession(): Promise<SessionActeur> {
  const session = await obtenirSession();
  if (!session) redirect("/connexion?motif=session-expiree");
  return session;
}
