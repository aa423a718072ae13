import "server-only";
import type { Contexte } from "@/lib/contexte";
import { peut } from "@/lib/authz/permissions";
import { listePrescriptions, type FiltresPrescriptions } from "./prescriptions-operateur";

export async function pagePrescriptions(contexte: Contexte, filtres: FiltresPrescriptions) {
  const [page, sorties] = await Promise.all([
    listePrescriptions(contexte, filtres),
    contexte.db.nomenclature.findMany({ where: { liste: "TYPE_SORTIE", departementId: null }, orderBy: { ordre: "asc" }, select: { code: true, libelle: true } }),
  ]);
  return { page, typesSortie: sorties.map((s) => ({ valeur: s.code, libelle: s.libelle })), suivre: peut(contexte.acteur, "prescriptions:suivre"), role: contexte.acteur.role };
}
