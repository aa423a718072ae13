import "server-only";
import type { Contexte } from "@/lib/contexte";
import { peut } from "@/lib/authz/permissions";
import { dossierPersonne } from "./dossier-personne";

/** Le dossier et, pour qui peut prescrire, les actions ouvertes du catalogue. */
export async function pageDossier(contexte: Contexte, id: string) {
  const dossier = await dossierPersonne(contexte, id);
  const prescrire = peut(contexte.acteur, "prescriptions:prescrire");
  const actions = prescrire
    ? await contexte.db.actionInsertion.findMany({
        where: { departementId: contexte.acteur.departementId, suspendue: false, OR: [{ dateFin: null }, { dateFin: { gte: new Date() } }] },
        orderBy: { code: "asc" },
        select: { id: true, code: true, intitule: true },
      })
    : [];
  const freins = await contexte.db.nomenclature.findMany({ where: { liste: "FREIN", departementId: null }, select: { code: true, libelle: true } });
  return {
    ...dossier,
    actions: actions.map((a) => ({ valeur: a.id, libelle: `${a.code} ${a.intitule}` })),
    freins: new Map(freins.map((f) => [f.code, f.libelle])),
    droits: { prescrire, rediger: peut(contexte.acteur, "contrats:rediger") },
  };
}
