import "server-only";
import type { Contexte } from "@/lib/contexte";
import { droitsDossier } from "../politique";
import { dossierPersonne } from "./dossier-personne";
import { actionsPrescriptibles } from "@/lib/prescriptions/queries/actions-prescriptibles";

/** Le dossier et, pour qui peut prescrire, les actions prescriptibles du catalogue. */
export async function pageDossier(contexte: Contexte, id: string) {
  const dossier = await dossierPersonne(contexte, id);
  const droits = droitsDossier(contexte.acteur);
  const prescrire = droits.prescrire;
  // seules les actions prescriptibles (ni suspendues, ni terminées, ni complètes) sont proposées
  const actions = prescrire ? (await actionsPrescriptibles(contexte.db, contexte.acteur.departementId)).filter((a) => a.motif === null) : [];
  const freins = await contexte.db.nomenclature.findMany({ where: { liste: "FREIN", departementId: null }, orderBy: { ordre: "asc" }, select: { code: true, libelle: true } });
  const orienter = droits.orienter;
  const [referents, organismes] = orienter
    ? await Promise.all([
        contexte.db.utilisateur.findMany({ where: { departementId: contexte.acteur.departementId, role: "REFERENT", actif: true }, orderBy: { nom: "asc" }, select: { id: true, prenom: true, nom: true } }),
        contexte.db.structure.findMany({ where: { departementId: contexte.acteur.departementId }, orderBy: { nom: "asc" }, select: { id: true, nom: true } }),
      ])
    : [[], []];
  return {
    ...dossier,
    actions: actions.map((a) => ({ valeur: a.id, libelle: `${a.code} ${a.intitule}` })),
    freins: new Map(freins.map((f) => [f.code, f.libelle])),
    listeFreins: freins.map((f) => ({ valeur: f.code, libelle: f.libelle })),
    referents: referents.map((r) => ({ valeur: r.id, libelle: `${r.prenom} ${r.nom}` })),
    organismes: organismes.map((o) => ({ valeur: o.id, libelle: o.nom })),
    droits: { prescrire, orienter, rediger: droits.rediger },
  };
}
