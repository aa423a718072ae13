import "server-only";
import type { Contexte } from "@/lib/contexte";
import { obtenirContrat } from "./obtenir-contrat";

/** Contrat et libellés des freins et des aides. */
export async function pageContrat(contexte: Contexte, id: string) {
  const [resultat, nomenclatures] = await Promise.all([
    obtenirContrat(contexte, id),
    contexte.db.nomenclature.findMany({ where: { liste: { in: ["FREIN", "TYPE_AIDE"] }, OR: [{ departementId: null }, { departementId: contexte.acteur.departementId }] }, select: { liste: true, code: true, libelle: true } }),
  ]);
  const freins = new Map(nomenclatures.filter((n) => n.liste === "FREIN").map((n) => [n.code, n.libelle]));
  const aides = new Map(nomenclatures.filter((n) => n.liste === "TYPE_AIDE").map((n) => [n.code, n.libelle]));
  return { ...resultat, freins, contrat: { ...resultat.contrat, aides: resultat.contrat.aides.map((a) => ({ ...a, typeAide: aides.get(a.typeAide) ?? a.typeAide })) } };
}
