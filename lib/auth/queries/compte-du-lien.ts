import "server-only";
import { db as dbApplication, type Db } from "@/lib/db";
import { empreinteJeton } from "@/lib/administration/commands/comptes";

/** Le compte visé par un lien encore valable, ou null (lien inconnu, déjà utilisé, expiré, compte désactivé). */
export async function compteDuLien(db: Db, jeton: string, maintenant = new Date()) {
  if (!jeton || jeton.length > 100) return null;
  const j = await db.jetonReinitialisation.findUnique({ where: { empreinte: empreinteJeton(jeton) } });
  if (!j || j.utiliseLe || j.expireLe <= maintenant) return null;
  const u = await db.utilisateur.findUnique({ where: { id: j.utilisateurId }, select: { id: true, courriel: true, prenom: true, actif: true, departementId: true } });
  return u?.actif ? { jetonId: j.id, utilisateur: u } : null;
}

/** Pour la page publique du lien : le compte visé, ou null si le lien n'est plus valable. */
export function lienDeMotDePasse(jeton: string) {
  return compteDuLien(dbApplication, jeton);
}
