import "server-only";
import type { Contexte } from "@/lib/contexte";
import { LIBELLES_CATEGORIE_STRUCTURE, LIBELLES_TYPE_TERRITOIRE } from "../libelles";
import { listerTerritoiresReferentiel } from "./lister-territoires";

/** Listes de choix du formulaire de structure. */
export async function optionsStructure(contexte: Contexte) {
  const territoires = await listerTerritoiresReferentiel(contexte);
  return {
    categories: Object.entries(LIBELLES_CATEGORIE_STRUCTURE).map(([valeur, libelle]) => ({ valeur, libelle })),
    territoires: territoires
      .filter((t) => t.type === "POLE_INSERTION" || t.type === "COMMISSION_RSA" || t.type === "COMMUNE" || t.type === "ARRONDISSEMENT")
      .map((t) => ({ valeur: t.id, libelle: `${"\u00a0\u00a0".repeat(t.profondeur)}${t.nom} (${LIBELLES_TYPE_TERRITOIRE[t.type]})` })),
  };
}
