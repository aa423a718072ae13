import "server-only";
import type { Contexte } from "@/lib/contexte";
import type { FiltresCatalogue } from "../schemas";
import { optionsCatalogue } from "./options-catalogue";
import { rechercherActions } from "./rechercher-actions";

/** Tout ce que la page du catalogue affiche : résultats filtrés et listes des filtres. */
export async function pageCatalogue(contexte: Contexte, filtres: FiltresCatalogue) {
  const [resultat, options] = await Promise.all([rechercherActions(contexte, filtres), optionsCatalogue(contexte)]);
  return { resultat, options, freins: new Map(options.freins.map((f) => [f.valeur, f.libelle])) };
}
