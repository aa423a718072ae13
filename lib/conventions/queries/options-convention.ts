import "server-only";
import type { Contexte } from "@/lib/contexte";

/** Listes du formulaire de convention : structures, programmes, actions du catalogue du département. */
export async function optionsConvention({ acteur, db }: Contexte) {
  const [structures, programmes, actions] = await Promise.all([
    db.structure.findMany({ where: { departementId: acteur.departementId }, orderBy: { nom: "asc" }, select: { id: true, nom: true } }),
    db.programme.findMany({ where: { departementId: acteur.departementId }, orderBy: { anneeDebut: "desc" }, select: { id: true, intitule: true } }),
    db.actionInsertion.findMany({ where: { departementId: acteur.departementId, suspendue: false }, orderBy: [{ code: "asc" }], select: { id: true, code: true, intitule: true } }),
  ]);
  return {
    structures: structures.map((s) => ({ valeur: s.id, libelle: s.nom })),
    programmes: programmes.map((p) => ({ valeur: p.id, libelle: p.intitule })),
    actions: actions.map((a) => ({ valeur: a.id, libelle: `${a.code} ${a.intitule}` })),
  };
}
