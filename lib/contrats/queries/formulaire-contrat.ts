import "server-only";
import type { Contexte } from "@/lib/contexte";
import { perimetrePersonnes } from "@/lib/authz/perimetre";
import { exigerPermission } from "@/lib/authz/permissions";
import { ErreurIntrouvable } from "@/lib/errors";
import { actionsPrescriptibles } from "@/lib/prescriptions/queries/actions-prescriptibles";
import { STATUTS_CONTRAT_OUVERT } from "../domain/ouvert";
import { lireParametresContrat } from "../parametres";

/**
 * Ce que l'éditeur de contrat affiche : la personne, le brouillon éventuel, les listes de choix, et le
 * contrat vivant de la personne (la page « nouveau contrat » y renvoie au lieu d'en ouvrir un second).
 * Seules les actions prescriptibles (ni suspendues, ni terminées, ni complètes, prescriptions acceptées comprises) sont proposées,
 * plus celles déjà choisies dans le brouillon.
 */
export async function formulaireContrat({ acteur, db }: Contexte, personneId: string, contratId?: string, aujourdHui = new Date()) {
  exigerPermission(acteur, "contrats:rediger");
  const personne = await db.personne.findFirst({ where: { AND: [{ id: personneId }, perimetrePersonnes(acteur)] }, select: { id: true, nom: true, prenom: true, foyer: { select: { dateOuvertureDroits: true } } } });
  if (!personne) throw new ErreurIntrouvable("Dossier");
  const [freins, aides, actions, contrat, vivant, parametres] = await Promise.all([
    db.nomenclature.findMany({ where: { liste: "FREIN", departementId: null }, orderBy: { ordre: "asc" }, select: { code: true, libelle: true } }),
    db.nomenclature.findMany({ where: { liste: "TYPE_AIDE", OR: [{ departementId: null }, { departementId: acteur.departementId }] }, orderBy: [{ ordre: "asc" }], select: { code: true, libelle: true } }),
    actionsPrescriptibles(db, acteur.departementId, { aujourdHui }),
    contratId
      ? db.contratEngagement.findFirst({ where: { id: contratId, personneId }, include: { objectifs: { orderBy: { ordre: "asc" }, include: { activites: { orderBy: { ordre: "asc" } } } }, aides: true } })
      : null,
    db.contratEngagement.findFirst({ where: { personneId, statut: { in: [...STATUTS_CONTRAT_OUVERT] } }, select: { id: true, statut: true } }),
    lireParametresContrat(db, acteur.departementId),
  ]);
  if (contratId && !contrat) throw new ErreurIntrouvable("Contrat");
  const dejaChoisies = new Set(contrat?.objectifs.flatMap((o) => o.activites.map((a) => a.actionId)) ?? []);
  return {
    personne,
    contrat,
    vivant,
    parametres,
    options: {
      freins: freins.map((f) => ({ valeur: f.code, libelle: f.libelle })),
      aides: aides.map((a) => ({ valeur: a.code, libelle: a.libelle })),
      actions: actions.filter((a) => dejaChoisies.has(a.id) || a.motif === null).map((a) => ({ valeur: a.id, libelle: `${a.code} ${a.intitule}` })),
    },
  };
}
