import "server-only";
import bcrypt from "bcryptjs";
import type { Db } from "@/lib/db";
import { journaliser } from "@/lib/audit/journaliser";
import { ErreurMetier } from "@/lib/errors";
import { compteDuLien } from "../queries/compte-du-lien";
import { revoquerSessionsUtilisateur } from "./sessions";

const LIEN_INVALIDE = "Ce lien n'est plus valable : il a déjà servi ou a expiré. Demandez-en un nouveau à l'administrateur.";

/**
 * Définit le mot de passe par un lien : usage unique (marqué sous condition, deux envois simultanés
 * ne passent pas tous les deux), et toutes les sessions ouvertes du compte sont fermées.
 */
export async function definirMotDePasseParLien(db: Db, entree: { jeton: string; motDePasse: string }, maintenant = new Date()) {
  const lien = await compteDuLien(db, entree.jeton, maintenant);
  if (!lien) throw new ErreurMetier("lien-invalide", LIEN_INVALIDE);
  const hash = await bcrypt.hash(entree.motDePasse, 10);
  await db.$transaction(async (tx) => {
    const marque = await tx.jetonReinitialisation.updateMany({ where: { id: lien.jetonId, utiliseLe: null, expireLe: { gt: maintenant } }, data: { utiliseLe: maintenant } });
    if (marque.count !== 1) throw new ErreurMetier("lien-invalide", LIEN_INVALIDE);
    await tx.utilisateur.update({ where: { id: lien.utilisateur.id }, data: { motDePasseHash: hash } });
    const sessionsFermees = await revoquerSessionsUtilisateur(tx, lien.utilisateur.id, "MOT_DE_PASSE");
    await journaliser(tx, lien.utilisateur, { operation: "MODIFICATION", entite: "Utilisateur", entiteId: lien.utilisateur.id, details: { motDePasse: "défini par lien", sessionsFermees } });
  });
  return { courriel: lien.utilisateur.courriel };
}
