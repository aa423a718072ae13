import type { DefinitionTache } from "@/lib/taches/types";
import { appliquerConservation } from "@/lib/rgpd/conservation";

/**
 * Chaque jour, par département : anonymise les foyers dont les droits sont clos ou radiés et
 * l'accompagnement terminé depuis plus que la durée de conservation (paramètres du département).
 */
export const tacheConservation: DefinitionTache = {
  nom: "rgpd-conservation",
  libelle: "Conservation des données personnelles (anonymisation)",
  quotidienne: true,
  parDepartement: true,
  async executer({ db, departementId, executionId, progression }) {
    if (!departementId) throw new Error("La tâche de conservation s'exécute pour un département.");
    const resultat = await appliquerConservation(db, departementId, { executionId });
    await progression(resultat.foyers, resultat.foyers, `${resultat.personnes} personne(s) anonymisée(s)`);
    return resultat;
  },
};
