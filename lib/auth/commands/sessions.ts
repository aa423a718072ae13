import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Acteur } from "@/lib/authz/acteur";

// Sessions côté serveur : le JWT porte l'identifiant d'une ligne `session_utilisateur`, relue à chaque
// requête avec son compte (chargerSession : une requête, par clés primaires). Révoquer la ligne ferme la
// session, même si le cookie a été copié avant : déconnexion, désactivation du compte, changement de mot de passe.

type Client = Pick<Prisma.TransactionClient, "sessionUtilisateur">;

export interface SessionActeur {
  acteur: Acteur;
  sessionId: string;
  /** le département exige un second facteur que ce compte n'a pas encore configuré */
  totpAConfigurer: boolean;
}

export type MotifRevocation = "DECONNEXION" | "DESACTIVATION" | "MOT_DE_PASSE" | "ADMINISTRATEUR" | "SECOND_FACTEUR";

export async function ouvrirSession(db: Client, entree: { utilisateurId: string; ip?: string | null; totpAConfigurer?: boolean }): Promise<string> {
  const session = await db.sessionUtilisateur.create({
    data: { utilisateurId: entree.utilisateurId, ip: entree.ip ?? null, totpAConfigurer: entree.totpAConfigurer ?? false },
    select: { id: true },
  });
  return session.id;
}

/**
 * Relit session, rôle et périmètre en base à chaque requête : une session révoquée (déconnexion, changement
 * de mot de passe, administrateur) ou un compte désactivé perd l'accès aussitôt. La session doit appartenir
 * à l'utilisateur du jeton.
 */
export async function chargerSession(db: Pick<Prisma.TransactionClient, "$queryRaw">, sessionId: string, utilisateurId: string): Promise<SessionActeur | null> {
  const [l] = await db.$queryRaw<
    { id: string; role: Acteur["role"]; departement_id: string; territoire_id: string | null; chemin: string | null; structure_id: string | null; prenom: string; nom: string; totp_a_configurer: boolean }[]
  >`
    SELECT u.id, u.role::text AS role, u.departement_id, u.territoire_id, t.chemin, u.structure_id, u.prenom, u.nom, s.totp_a_configurer
    FROM session_utilisateur s
    JOIN utilisateur u ON u.id = s.utilisateur_id
    LEFT JOIN territoire t ON t.id = u.territoire_id
    WHERE s.id = ${sessionId} AND s.utilisateur_id = ${utilisateurId} AND s.revoquee_le IS NULL AND u.actif`;
  if (!l) return null;
  return {
    acteur: {
      id: l.id,
      role: l.role,
      departementId: l.departement_id,
      territoireId: l.territoire_id,
      cheminTerritoire: l.chemin,
      structureId: l.structure_id,
      nomComplet: `${l.prenom} ${l.nom}`,
    },
    sessionId,
    totpAConfigurer: l.totp_a_configurer,
  };
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
