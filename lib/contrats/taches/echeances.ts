import type { DefinitionTache } from "@/lib/taches/types";
import { actualiserEcheances } from "@/lib/contrats/echeances";
import { demanderRafraichissementIndicateurs } from "@/lib/tableaux-de-bord/taches/demander";

/** Chaque jour : contrats validés → en cours à leur date de début, en cours → échus après leur fin. */
export const tacheEcheancesContrats: DefinitionTache = {
  nom: "contrats-echeances",
  libelle: "Échéances des contrats d'engagement",
  quotidienne: true,
  async executer({ db }) {
    const bilan = await actualiserEcheances(db);
    // des contrats ont changé d'état : les agrégats « sous contrat » des tableaux de bord doivent suivre
    if (bilan.enCours + bilan.echus > 0) await demanderRafraichissementIndicateurs(db);
    return bilan;
  },
};
