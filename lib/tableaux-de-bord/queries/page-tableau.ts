import "server-only";
import type { Contexte } from "@/lib/contexte";
import { perimetreTerritoires } from "@/lib/authz/perimetre";
import { LIBELLES_TYPE_TERRITOIRE } from "@/lib/referentiels/libelles";
import { budgetDepartement } from "./budget-departement";
import { tableauDeBord, type FiltresTableau } from "./tableau-de-bord";

/** Tableau de bord, budget du département (vue départementale seulement) et territoires proposés. */
export async function pageTableau(contexte: Contexte, filtres: FiltresTableau) {
  const tableau = await tableauDeBord(contexte, filtres);
  const [budget, territoires] = await Promise.all([
    tableau.territoire ? Promise.resolve(null) : budgetDepartement(contexte),
    contexte.db.territoire.findMany({
      where: { AND: [perimetreTerritoires(contexte.acteur), { type: { in: ["POLE_INSERTION", "COMMISSION_RSA", "COMMUNE", "ARRONDISSEMENT"] } }] },
      orderBy: [{ ordre: "asc" }],
      select: { id: true, nom: true, type: true },
    }),
  ]);
  return {
    tableau,
    budget,
    territoires: territoires.map((t) => ({ valeur: t.id, libelle: t.type === "POLE_INSERTION" || t.type === "COMMISSION_RSA" ? t.nom : `\u00a0\u00a0${t.nom} (${LIBELLES_TYPE_TERRITOIRE[t.type].toLowerCase()})` })),
  };
}
