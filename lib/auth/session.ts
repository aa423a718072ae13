import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import type { Acteur } from "@/lib/authz/acteur";
import { auth } from "./index";
import { chargerSession, type SessionActeur } from "./commands/sessions";

/**
 * La session de la requête (une fois par requête), ou null : JWT valide ET ligne `session_utilisateur`
 * non révoquée ET compte actif. Une seule requête : la session, son compte et le chemin de son territoire.
 */
export const obtenirSession = cache(async (): Promise<SessionActeur | null> => {
  const session = await auth();
  if (!session?.utilisateurId || !session.sessionId) return null;
  return chargerSession(db, session.sessionId, session.utilisateurId);
});

/** L'acteur de la requête, ou null sans session valide. */
export const obtenirActeur = cache(async (): Promise<Acteur | null> => (await obtenirSession())?.acteur ?? null);

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
