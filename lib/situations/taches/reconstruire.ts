import type { DefinitionTache } from "@/lib/taches/types";
import { rafraichirToutesSituations } from "@/lib/situations/rafraichir";
import { rafraichirIndicateurs } from "@/lib/tableaux-de-bord/rafraichir";

/**
 * Chaque nuit : la projection des situations est reconstruite (une orientation ou une période de référent
 * qui commence aujourd'hui n'a déclenché aucune écriture), puis les agrégats des tableaux de bord, qui la lisent.
 */
export const tacheReconstruireSituations: DefinitionTache = {
  nom: "situations-reconstruire",
  libelle: "Situations des personnes (projection des listes)",
  quotidienne: true,
  async executer({ db, progression }) {
    // par lots, en courtes transactions : les écritures de la journée ne l'attendent pas
    const situations = await rafraichirToutesSituations(db);
    await progression(1, 2, `${situations.lignes} situations recalculées`);
    const indicateursMs = await rafraichirIndicateurs(db, { concurrent: true });
    await progression(2, 2);
    return { situations: situations.lignes, situationsMs: situations.dureeMs, indicateursMs };
  },
};
