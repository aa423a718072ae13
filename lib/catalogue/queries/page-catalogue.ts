import "server-only";
import type { Contexte } from "@/lib/contexte";
import { listerTerritoires } from "@/lib/referentiels/queries/lister-territoires";
import { LIBELLES_TYPE_TERRITOIRE } from "@/lib/referentiels/libelles";
import type { FiltresCatalogue } from "../schemas";
import { optionsCatalogue } from "./options-catalogue";
import { rechercherActions } from "./rechercher-actions";
import { catalogueLimiteAuTerritoire } from "./territoire-filtre";

/**
 * Tout ce que la page du catalogue affiche : résultats filtrés et listes des filtres. Un rôle de territoire
 * ne se voit proposer que ses territoires (pas « Tous ») ; le territoire retenu est présélectionné.
 */
export async function pageCatalogue(contexte: Contexte, filtres: FiltresCatalogue) {
  const limite = catalogueLimiteAuTerritoire(contexte.acteur);
  const [resultat, options, perimetre] = await Promise.all([rechercherActions(contexte, filtres), optionsCatalogue(contexte), limite ? listerTerritoires(contexte) : null]);
  const territoires = perimetre
    ? perimetre
        .filter((t) => t.type !== "QUARTIER")
        .map((t) => ({ valeur: t.id, libelle: `${"\u00a0\u00a0".repeat(t.profondeur)}${t.nom}${t.profondeur === 0 ? "" : ` (${LIBELLES_TYPE_TERRITOIRE[t.type].toLowerCase()})`}` }))
    : options.territoires;
  return {
    resultat,
    options: { ...options, territoires },
    toutLeDepartement: !limite,
    territoireRetenu: resultat.territoire?.id ?? "",
    avis: resultat.avis,
    freins: new Map(options.freins.map((f) => [f.valeur, f.libelle])),
  };
}
