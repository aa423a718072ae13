import "server-only";
import bcrypt from "bcryptjs";
import type { Db } from "@/lib/db";
import { journaliser } from "@/lib/audit/journaliser";
import { connexionBloquee, FENETRE_LIMITATION_MS } from "../domain/limitation";

export type ResultatAuthentification =
  | { statut: "ok"; utilisateurId: string }
  | { statut: "refuse" }
  | { statut: "bloque" };

// Empreinte d'un mot de passe quelconque : comparer même quand le compte n'existe pas
// évite de révéler, par le temps de réponse, quels courriels ont un compte.
const EMPREINTE_LEURRE = "$2b$10$nTINGTlas2gvqcWwRe/82O31ElHKahkQrFlXnjyqlHC3kCEHw0NUi";

export function normaliserCourriel(courriel: string): string {
  return courriel.trim().toLowerCase();
}

/** Vérifie courriel et mot de passe, avec limitation des essais, et trace la tentative. */
export async function authentifier(
  db: Db,
  entree: { courriel: string; motDePasse: string; ip: string | null },
  maintenant = new Date(),
): Promise<ResultatAuthentification> {
  const courriel = normaliserCourriel(entree.courriel);
  const depuis = new Date(maintenant.getTime() - FENETRE_LIMITATION_MS);
  const [echecsCourriel, echecsIp] = await Promise.all([
    db.tentativeConnexion.count({ where: { courriel, reussie: false, createdAt: { gte: depuis } } }),
    entree.ip ? db.tentativeConnexion.count({ where: { ip: entree.ip, reussie: false, createdAt: { gte: depuis } } }) : 0,
  ]);
  if (connexionBloquee(echecsCourriel, echecsIp)) return { statut: "bloque" };

  const utilisateur = await db.utilisateur.findUnique({ where: { courriel } });
  const valide = await bcrypt.compare(entree.motDePasse, utilisateur?.motDePasseHash ?? EMPREINTE_LEURRE);
  const reussie = Boolean(utilisateur && utilisateur.actif && utilisateur.motDePasseHash && valide);

  await db.$transaction(async (tx) => {
    await tx.tentativeConnexion.create({ data: { courriel, ip: entree.ip, reussie } });
    await journaliser(tx, utilisateur ? { id: utilisateur.id, departementId: utilisateur.departementId } : null, {
      operation: reussie ? "CONNEXION" : "ECHEC_CONNEXION",
      entite: "Utilisateur",
      entiteId: utilisateur?.id,
      details: { courriel },
      ip: entree.ip,
    });
    if (reussie) await tx.utilisateur.update({ where: { id: utilisateur!.id }, data: { derniereConnexion: maintenant } });
  });

  return reussie ? { statut: "ok", utilisateurId: utilisateur!.id } : { statut: "refuse" };
}
