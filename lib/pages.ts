import "server-only";
import { notFound } from "next/navigation";
import { dbDepartement } from "@/lib/db";
import type { Contexte } from "@/lib/contexte";
import { exigerActeur, obtenirActeur } from "@/lib/auth/session";
import { journaliserRefus } from "@/lib/audit/refus";
import { peut, type Permission } from "@/lib/authz/permissions";
import { ErreurIntrouvable, ErreurPermission } from "@/lib/errors";

/**
 * Contexte d'une page : l'acteur authentifié (sinon redirection vers la connexion) et la base.
 * Les pages n'importent jamais Prisma : elles passent ce contexte à UNE requête de lib/.
 */
export async function contextePage(permission?: Permission): Promise<Contexte> {
  const acteur = await exigerActeur();
  if (permission && !peut(acteur, permission)) {
    await journaliserRefus(acteur, { motif: "permission", permission });
    notFound();
  }
  return { acteur, db: dbDepartement(acteur.departementId) };
}

/** Une ressource introuvable ou hors périmètre devient la page 404 ; toute autre erreur remonte. */
export async function ou404<T>(promesse: Promise<T>): Promise<T> {
  try {
    return await promesse;
  } catch (e) {
    if (e instanceof ErreurIntrouvable || e instanceof ErreurPermission) {
      await journaliserRefus(await obtenirActeur(), e instanceof ErreurIntrouvable ? { motif: "introuvable", entite: e.entite } : { motif: "permission" });
      notFound();
    }
    throw e;
  }
}
