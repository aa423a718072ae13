import "server-only";
import bcrypt from "bcryptjs";
import type { Db } from "@/lib/db";
import { journaliser } from "@/lib/audit/journaliser";
import { ErreurMetier } from "@/lib/errors";
import type { Acteur } from "@/lib/authz/acteur";
import { genererSecret, totpExigePourRole, verifierCode } from "../domain/totp";
import { revoquerSessionsUtilisateur } from "./sessions";

type Qui = Pick<Acteur, "id" | "departementId" | "role">;

/** État du second facteur du compte, et clé en attente de confirmation (créée au besoin). */
export async function etatSecondFacteur(db: Db, qui: Qui) {
  const [facteur, parametres] = await Promise.all([
    db.secondFacteur.findUnique({ where: { utilisateurId: qui.id } }),
    db.parametresSecurite.findUnique({ where: { departementId: qui.departementId } }),
  ]);
  const exige = totpExigePourRole(qui.role, parametres?.totpObligatoire ?? false);
  if (facteur?.actifDepuis) return { actif: true as const, actifDepuis: facteur.actifDepuis, exige, secretEnAttente: null };
  const secret = facteur?.secret ?? (await db.secondFacteur.create({ data: { utilisateurId: qui.id, secret: genererSecret() } })).secret;
  return { actif: false as const, actifDepuis: null, exige, secretEnAttente: secret };
}

/** Confirme l'enrôlement par un premier code juste ; la session en cours n'est plus restreinte. */
export async function confirmerSecondFacteur(db: Db, qui: Qui, code: string, maintenant = new Date()) {
  const facteur = await db.secondFacteur.findUnique({ where: { utilisateurId: qui.id } });
  if (!facteur || facteur.actifDepuis) throw new ErreurMetier("etat", "La double authentification est déjà active sur ce compte.");
  const pas = verifierCode(facteur.secret, code, maintenant.getTime());
  if (pas === null) {
    throw new ErreurMetier("code", "Le formulaire contient des erreurs.", { code: ["Ce code ne correspond pas. Vérifiez l'heure du téléphone et saisissez le code affiché en ce moment."] });
  }
  await db.$transaction(async (tx) => {
    await tx.secondFacteur.update({ where: { utilisateurId: qui.id }, data: { actifDepuis: maintenant, dernierPas: pas } });
    await tx.sessionUtilisateur.updateMany({ where: { utilisateurId: qui.id, revoqueeLe: null }, data: { totpAConfigurer: false } });
    await journaliser(tx, qui, { operation: "MODIFICATION", entite: "Utilisateur", entiteId: qui.id, details: { secondFacteur: "activé" } });
  });
}

/** Désactive son propre second facteur (refusé si le département l'exige pour ce rôle). */
export async function desactiverSecondFacteur(db: Db, qui: Qui, sessionCourante: string) {
  const parametres = await db.parametresSecurite.findUnique({ where: { departementId: qui.departementId } });
  if (totpExigePourRole(qui.role, parametres?.totpObligatoire ?? false)) {
    throw new ErreurMetier("exige", "Votre département exige la double authentification pour votre rôle : elle ne peut pas être désactivée.");
  }
  await db.$transaction(async (tx) => {
    await tx.secondFacteur.deleteMany({ where: { utilisateurId: qui.id } });
    await revoquerSessionsUtilisateur(tx, qui.id, "SECOND_FACTEUR", sessionCourante);
    await journaliser(tx, qui, { operation: "MODIFICATION", entite: "Utilisateur", entiteId: qui.id, details: { secondFacteur: "désactivé" } });
  });
}

/** Change son mot de passe (l'actuel est demandé) ; les autres sessions du compte sont fermées. */
export async function changerMotDePasse(db: Db, qui: Qui, entree: { actuel: string; nouveau: string; sessionCourante: string }) {
  const u = await db.utilisateur.findUniqueOrThrow({ where: { id: qui.id }, select: { motDePasseHash: true } });
  if (!u.motDePasseHash || !(await bcrypt.compare(entree.actuel, u.motDePasseHash))) {
    throw new ErreurMetier("actuel", "Le formulaire contient des erreurs.", { actuel: ["Le mot de passe actuel n'est pas le bon."] });
  }
  const hash = await bcrypt.hash(entree.nouveau, 10);
  return db.$transaction(async (tx) => {
    await tx.utilisateur.update({ where: { id: qui.id }, data: { motDePasseHash: hash } });
    const sessionsFermees = await revoquerSessionsUtilisateur(tx, qui.id, "MOT_DE_PASSE", entree.sessionCourante);
    await journaliser(tx, qui, { operation: "MODIFICATION", entite: "Utilisateur", entiteId: qui.id, details: { motDePasse: "changé", sessionsFermees } });
    return { sessionsFermees };
  });
}
