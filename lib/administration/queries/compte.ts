import "server-only";
import type { Contexte } from "@/lib/contexte";
import { perimetreUtilisateurs } from "@/lib/authz/perimetre";
import { exigerPermission } from "@/lib/authz/permissions";
import { ErreurIntrouvable } from "@/lib/errors";

/** Choix de territoire et de structure pour le formulaire d'un compte (département de l'acteur). */
export async function choixPerimetre({ acteur, db }: Contexte) {
  exigerPermission(acteur, "utilisateurs:gerer");
  const [territoires, structures] = await Promise.all([
    db.territoire.findMany({ where: { departementId: acteur.departementId, type: { not: "QUARTIER" } }, orderBy: [{ chemin: "asc" }], select: { id: true, nom: true, type: true, parentId: true } }),
    db.structure.findMany({ where: { departementId: acteur.departementId }, orderBy: { nom: "asc" }, select: { id: true, nom: true } }),
  ]);
  return {
    territoires: territoires.map((t) => ({ valeur: t.id, libelle: t.parentId ? `— ${t.nom}` : t.nom })),
    structures: structures.map((s) => ({ valeur: s.id, libelle: s.nom })),
  };
}

/** Un compte du département, avec ses sessions ouvertes et l'état de son second facteur. */
export async function detailCompte({ acteur, db }: Contexte, id: string) {
  exigerPermission(acteur, "utilisateurs:gerer");
  const u = await db.utilisateur.findFirst({
    where: { AND: [{ id }, perimetreUtilisateurs(acteur)] },
    select: {
      id: true, courriel: true, nom: true, prenom: true, role: true, actif: true, territoireId: true, structureId: true,
      derniereConnexion: true, createdAt: true, motDePasseHash: true,
    },
  });
  if (!u) throw new ErreurIntrouvable("Compte");
  const [sessionsOuvertes, facteur, dernierLien] = await Promise.all([
    db.sessionUtilisateur.count({ where: { utilisateurId: u.id, revoqueeLe: null } }),
    db.secondFacteur.findUnique({ where: { utilisateurId: u.id }, select: { actifDepuis: true } }),
    db.jetonReinitialisation.findFirst({ where: { utilisateurId: u.id }, orderBy: { creeLe: "desc" }, select: { creeLe: true, expireLe: true, utiliseLe: true } }),
  ]);
  const { motDePasseHash, ...compte } = u;
  return { ...compte, aUnMotDePasse: Boolean(motDePasseHash), sessionsOuvertes, secondFacteurActifDepuis: facteur?.actifDepuis ?? null, dernierLien };
}
