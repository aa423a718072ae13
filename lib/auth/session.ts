import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import type { Acteur } from "@/lib/authz/acteur";
import { auth } from "./index";

/** Charge l'acteur de la requête (une fois par requête), ou null sans session valide. */
export const obtenirActeur = cache(async (): Promise<Acteur | null> => {
  const session = await auth();
  if (!session?.utilisateurId) return null;
  return chargerActeur(session.utilisateurId);
});

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

/** Pour les pages et les actions : sans session, renvoie vers la connexion. */
export async function exigerActeur(): Promise<Acteur> {
  const acteur = await obtenirActeur();
  if (!acteur) redirect("/connexion?motif=session-expiree");
  return acteur;
}
