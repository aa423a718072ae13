import "server-only";
import type { Contexte } from "@/lib/contexte";
import { prescriptionsOperateur, type schemaFiltresPrescriptions } from "./prescriptions-operateur";
import type { z } from "zod";

export async function pagePrescriptions(contexte: Contexte, filtres: z.infer<typeof schemaFiltresPrescriptions>) {
  const [page, sorties] = await Promise.all([
    prescriptionsOperateur(contexte, filtres),
    contexte.db.nomenclature.findMany({ where: { liste: "TYPE_SORTIE", departementId: null }, orderBy: { ordre: "asc" }, select: { code: true, libelle: true } }),
  ]);
  return { page, typesSortie: sorties.map((s) => ({ valeur: s.code, libelle: s.libelle })) };
}
