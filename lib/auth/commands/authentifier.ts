import "server-only";
import bcrypt from "bcryptjs";
import type { Db } from "@/lib/db";
import { journaliser } from "@/lib/audit/journaliser";
import { connexionBloquee, FENETRE_LIMITATION_MS } from "../domain/limitation";
import { totpExigePourRole, verifierCode } from "../domain/totp";
import { ouvrirSession } from "./sessions";

export type ResultatAuthentification =
  | { statut: "ok"; utilisateurId: string; sessionId: string; totpAConfigurer: boolean }
  | { statut: "refuse" }
  | { statut: "bloque" }
  /** mot de passe juste, le compte a un second facteur : demander le code */
  | { statut: "code-requis" }
  /** code à usage unique faux (compté comme un échec pour la limitation des essais) */
  | { statut: "code-invalide" };

// Empreinte d'un mot de passe quelconque : comparer même quand le compte n'existe pas
// évite de révéler, par le temps de réponse, quels courriels ont un compte.
const EMPREINTE_LEURRE = "$2b$10$nTINGTlas2gvqcWwRe/82O31ElHKahkQrFlXnjyqlHC3kCEHw0NUi";

export function normaliserCourriel(courriel: string): string {
  return courriel.trim().toLowerCase();
}

/** Vérifie courriel et mot de passe, avec limitation des essais, et trace la tentative. */
export async function authentifier(
  db: Db,
  entree: { courriel: string; motDePasse: string; ip: string | null; code?: string | null },
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
  const identifiantsValides = Boolean(utilisateur && utilisateur.actif && utilisateur.motDePasseHash && valide);

  // Second facteur : exigé dès que le compte en a un actif ; s'il n'en a pas et que le département
  // l'exige pour son rôle, la session s'ouvre limitée à sa configuration.
  let codeFaux = false;
  let pasAccepte: number | null = null;
  let totpAConfigurer = false;
  if (identifiantsValides) {
    const [facteur, parametres] = await Promise.all([
      db.secondFacteur.findUnique({ where: { utilisateurId: utilisateur!.id } }),
      db.parametresSecurite.findUnique({ where: { departementId: utilisateur!.departementId } }),
    ]);
    if (facteur?.actifDepuis) {
      if (!entree.code?.trim()) return { statut: "code-requis" };
      pasAccepte = verifierCode(facteur.secret, entree.code, maintenant.getTime(), facteur.dernierPas);
      codeFaux = pasAccepte === null;
    } else {
      totpAConfigurer = totpExigePourRole(utilisateur!.role, parametres?.totpObligatoire ?? false);
    }
  }
  const reussie = identifiantsValides && !codeFaux;

  const sessionId = await db.$transaction(async (tx) => {
    await tx.tentativeConnexion.create({ data: { courriel, ip: entree.ip, reussie } });
    await journaliser(tx, utilisateur ? { id: utilisateur.id, departementId: utilisateur.departementId } : null, {
      operation: reussie ? "CONNEXION" : "ECHEC_CONNEXION",
      entite: "Utilisateur",
      entiteId: utilisateur?.id,
      details: codeFaux ? { courriel, motif: "code à usage unique invalide" } : { courriel },
      ip: entree.ip,
    });
    if (!reussie) return null;
    await tx.utilisateur.update({ where: { id: utilisateur!.id }, data: { derniereConnexion: maintenant } });
    if (pasAccepte !== null) await tx.secondFacteur.update({ where: { utilisateurId: utilisateur!.id }, data: { dernierPas: pasAccepte } });
    return ouvrirSession(tx, { utilisateurId: utilisateur!.id, ip: entree.ip, totpAConfigurer });
  });

  if (codeFaux) return { statut: "code-invalide" };
  return sessionId ? { statut: "ok", utilisateurId: utilisateur!.id, sessionId, totpAConfigurer } : { statut: "refuse" };
}
