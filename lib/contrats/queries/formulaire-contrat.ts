import "server-only";
import type { Contexte } from "@/lib/contexte";
import { perimetrePersonnes } from "@/lib/authz/perimetre";
import { exigerPermission } from "@/lib/authz/permissions";
import { ErreurIntrouvable, ErreurMetier } from "@/lib/errors";

/** Ce que l'éditeur de contrat affiche : la personne, le brouillon éventuel, les listes de choix. */
export async function formulaireContrat({ acteur, db }: Contexte, personneId: string, contratId?: string) {
  exigerPermission(acteur, "contrats:rediger");
  const personne = await db.personne.findFirst({ where: { AND: [{ id: personneId }, perimetrePersonnes(acteur)] }, select: { id: true, nom: true, prenom: true } });
  if (!personne) throw new ErreurIntrouvable("Dossier");
  const [freins, aides, actions, contrat] = await Promise.all([
    db.nomenclature.findMany({ where: { liste: "FREIN", departementId: null }, orderBy: { ordre: "asc" }, select: { code: true, libelle: true } }),
    db.nomenclature.findMany({ where: { liste: "TYPE_AIDE", OR: [{ departementId: null }, { departementId: acteur.departementId }] }, orderBy: [{ ordre: "asc" }], select: { code: true, libelle: true } }),
    db.actionInsertion.findMany({ where: { departementId: acteur.departementId, suspendue: false }, orderBy: { code: "asc" }, select: { id: true, code: true, intitule: true } }),
    contratId
      ? db.contratEngagement.findFirst({ where: { id: contratId, personneId }, include: { objectifs: { orderBy: { ordre: "asc" }, include: { activites: { orderBy: { ordre: "asc" } } } }, aides: true } })
      : null,
  ]);
  if (contratId && !contrat) throw new ErreurIntrouvable("Contrat");
  if (contrat && contrat.statut !== "BROUILLON") throw new ErreurMetier("statut", "Seul un contrat en brouillon se modifie.");
  return {
    personne,
    contrat,
    options: {
      freins: freins.map((f) => ({ valeur: f.code, libelle: f.libelle })),
      aides: aides.map((a) => ({ valeur: a.code, libelle: a.libelle })),
      actions: actions.map((a) => ({ valeur: a.id, libelle: `${a.code} ${a.intitule}` })),
    },
  };
}
