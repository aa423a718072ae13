import "server-only";
import type { Contexte } from "@/lib/contexte";
import { obtenirAction } from "./obtenir-action";

/** Fiche d'une action et libellés des freins (pour la page et la fiche imprimable). */
export async function ficheCatalogue(contexte: Contexte, id: string) {
  const [action, freins] = await Promise.all([
    obtenirAction(contexte, id),
    contexte.db.nomenclature.findMany({
      where: { liste: "FREIN", OR: [{ departementId: null }, { departementId: contexte.acteur.departementId }] },
      select: { code: true, libelle: true },
    }),
  ]);
  return { action, freins: new Map(freins.map((f) => [f.code, f.libelle])) };
}
