import type { DefinitionTache } from "@/lib/taches/types";
import { actualiserEcheances } from "@/lib/contrats/echeances";

/** Chaque jour : contrats validés → en cours à leur date de début, en cours → échus après leur fin. */
export const tacheEcheancesContrats: DefinitionTache = {
  nom: "contrats-echeances",
  libelle: "Échéances des contrats d'engagement",
  quotidienne: true,
  async executer({ db }) {
    return actualiserEcheances(db);
  },
};
