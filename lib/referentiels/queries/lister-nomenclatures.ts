import "server-only";
import type { Contexte } from "@/lib/contexte";

/** Valeurs nationales et extensions locales du département de l'acteur, par liste. */
export async function listerNomenclatures({ acteur, db }: Contexte) {
  return db.nomenclature.findMany({
    where: { OR: [{ departementId: null }, { departementId: acteur.departementId }] },
    orderBy: [{ liste: "asc" }, { ordre: "asc" }, { libelle: "asc" }],
    select: { id: true, liste: true, code: true, libelle: true, departementId: true, actif: true, correspondance: { select: { libelle: true } } },
  });
}
