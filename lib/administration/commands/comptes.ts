import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Contexte } from "@/lib/contexte";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { journaliser } from "@/lib/audit/journaliser";
import { perimetreUtilisateurs } from "@/lib/authz/perimetre";
import { exigerPermission } from "@/lib/authz/permissions";
import { ErreurIntrouvable, ErreurMetier } from "@/lib/errors";
import { revoquerSessionsUtilisateur } from "@/lib/auth/commands/sessions";
import { VALIDITE_LIEN_HEURES } from "@/lib/auth/domain/mot-de-passe";
import type { DonneesCreationCompte, DonneesModificationCompte } from "../schemas";

// Administration des comptes : création, rôle et périmètre, désactivation (qui ferme les sessions),
// lien de réinitialisation du mot de passe à usage unique. Réservé à l'administrateur, dans son département.

const ROLES_TERRITORIAUX: Role[] = ["RESPONSABLE_TERRITOIRE", "REFERENT"];

export function empreinteJeton(jeton: string): string {
  return createHash("sha256").update(jeton).digest("hex");
}

/** Vérifie que territoire et structure conviennent au rôle et appartiennent au département de l'acteur. */
async function perimetreDuRole(
  { acteur, db }: Contexte,
  d: { role: Role; territoireId: string | null; structureId: string | null },
): Promise<{ territoireId: string | null; structureId: string | null }> {
  const erreurs: Record<string, string[]> = {};
  const territoireId = ROLES_TERRITORIAUX.includes(d.role) ? d.territoireId : null;
  const structureId = d.role === "OPERATEUR" || d.role === "REFERENT" ? d.structureId : null;
  if (ROLES_TERRITORIAUX.includes(d.role) && !territoireId) erreurs.territoireId = ["Ce rôle demande un territoire de rattachement."];
  if (d.role === "OPERATEUR" && !structureId) erreurs.structureId = ["Un opérateur est rattaché à une structure."];
  if (territoireId && !(await db.territoire.findFirst({ where: { id: territoireId, departementId: acteur.departementId }, select: { id: true } }))) {
    erreurs.territoireId = ["Choisissez un territoire du département."];
  }
  if (structureId && !(await db.structure.findFirst({ where: { id: structureId, departementId: acteur.departementId }, select: { id: true } }))) {
    erreurs.structureId = ["Choisissez une structure du département."];
  }
  if (Object.keys(erreurs).length) throw new ErreurMetier("perimetre", "Le formulaire contient des erreurs.", erreurs);
  return { territoireId, structureId };
}

async function creerJeton(tx: Prisma.TransactionClient, utilisateurId: string, creeParId: string, maintenant: Date): Promise<string> {
  const jeton = randomBytes(32).toString("base64url");
  // un nouveau lien annule les précédents non utilisés
  await tx.jetonReinitialisation.updateMany({ where: { utilisateurId, utiliseLe: null }, data: { expireLe: maintenant } });
  await tx.jetonReinitialisation.create({
    data: { utilisateurId, empreinte: empreinteJeton(jeton), creeParId, expireLe: new Date(maintenant.getTime() + VALIDITE_LIEN_HEURES * 3_600_000) },
  });
  return jeton;
}

export async function creerCompte(ctx: Contexte, d: DonneesCreationCompte, maintenant = new Date()) {
  exigerPermission(ctx.acteur, "utilisateurs:gerer");
  const perimetre = await perimetreDuRole(ctx, d);
  if (await ctx.db.utilisateur.findUnique({ where: { courriel: d.courriel }, select: { id: true } })) {
    throw new ErreurMetier("doublon", "Le formulaire contient des erreurs.", { courriel: ["Un compte utilise déjà cette adresse."] });
  }
  return ctx.db.$transaction(async (tx) => {
    const u = await tx.utilisateur.create({
      data: { departementId: ctx.acteur.departementId, courriel: d.courriel, nom: d.nom, prenom: d.prenom, role: d.role, ...perimetre, motDePasseHash: null },
    });
    const jeton = await creerJeton(tx, u.id, ctx.acteur.id, maintenant);
    await journaliser(tx, ctx.acteur, { operation: "CREATION", entite: "Utilisateur", entiteId: u.id, details: { role: d.role, ...perimetre } });
    return { id: u.id, jeton };
  });
}

async function compteDuPerimetre({ acteur, db }: Contexte, id: string) {
  const u = await db.utilisateur.findFirst({ where: { AND: [{ id }, perimetreUtilisateurs(acteur)] } });
  if (!u) throw new ErreurIntrouvable("Compte");
  return u;
}

export async function modifierCompte(ctx: Contexte, d: DonneesModificationCompte) {
  exigerPermission(ctx.acteur, "utilisateurs:gerer");
  const avant = await compteDuPerimetre(ctx, d.id);
  if (avant.id === ctx.acteur.id && (d.role !== avant.role || !d.actif)) {
    throw new ErreurMetier("soi-meme", "Vous ne pouvez ni changer votre propre rôle ni désactiver votre propre compte : demandez-le à un autre administrateur.");
  }
  const perimetre = await perimetreDuRole(ctx, d);
  return ctx.db.$transaction(async (tx) => {
    const apres = await tx.utilisateur.update({ where: { id: avant.id }, data: { nom: d.nom, prenom: d.prenom, role: d.role, ...perimetre, actif: d.actif } });
    // désactivation : les sessions ouvertes sont fermées tout de suite
    const sessionsFermees = avant.actif && !d.actif ? await revoquerSessionsUtilisateur(tx, avant.id, "DESACTIVATION") : 0;
    const modifie = (["nom", "prenom", "role", "territoireId", "structureId", "actif"] as const).filter((c) => avant[c] !== apres[c]);
    await journaliser(tx, ctx.acteur, {
      operation: "MODIFICATION",
      entite: "Utilisateur",
      entiteId: avant.id,
      details: { champs: modifie, ...(modifie.includes("role") ? { roleAvant: avant.role, role: apres.role } : {}), ...(sessionsFermees ? { sessionsFermees } : {}) },
    });
    return { id: avant.id };
  });
}

/** Lien de réinitialisation à usage unique (24 h) ; l'ancien mot de passe reste valable jusqu'à son usage. */
export async function genererLienReinitialisation(ctx: Contexte, id: string, maintenant = new Date()) {
  exigerPermission(ctx.acteur, "utilisateurs:gerer");
  const u = await compteDuPerimetre(ctx, id);
  if (!u.actif) throw new ErreurMetier("inactif", "Ce compte est désactivé : réactivez-le avant d'envoyer un lien.");
  return ctx.db.$transaction(async (tx) => {
    const jeton = await creerJeton(tx, u.id, ctx.acteur.id, maintenant);
    await journaliser(tx, ctx.acteur, { operation: "MODIFICATION", entite: "Utilisateur", entiteId: u.id, details: { lienReinitialisation: true } });
    return { id: u.id, jeton };
  });
}

/** Ferme toutes les sessions ouvertes d'un compte (poste perdu, départ…). */
export async function fermerSessionsCompte(ctx: Contexte, id: string) {
  exigerPermission(ctx.acteur, "utilisateurs:gerer");
  const u = await compteDuPerimetre(ctx, id);
  return ctx.db.$transaction(async (tx) => {
    const n = await revoquerSessionsUtilisateur(tx, u.id, "ADMINISTRATEUR");
    await journaliser(tx, ctx.acteur, { operation: "MODIFICATION", entite: "Utilisateur", entiteId: u.id, details: { sessionsFermees: n } });
    return { id: u.id, sessionsFermees: n };
  });
}

/** Retire le second facteur d'un compte (téléphone perdu) : l'utilisateur le reconfigurera. */
export async function retirerSecondFacteur(ctx: Contexte, id: string) {
  exigerPermission(ctx.acteur, "utilisateurs:gerer");
  const u = await compteDuPerimetre(ctx, id);
  return ctx.db.$transaction(async (tx) => {
    await tx.secondFacteur.deleteMany({ where: { utilisateurId: u.id } });
    await revoquerSessionsUtilisateur(tx, u.id, "SECOND_FACTEUR");
    await journaliser(tx, ctx.acteur, { operation: "MODIFICATION", entite: "Utilisateur", entiteId: u.id, details: { secondFacteurRetire: true } });
    return { id: u.id };
  });
}
