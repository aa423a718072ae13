import type { DefinitionTache } from "@/lib/taches/types";
import { rafraichirIndicateurs } from "@/lib/tableaux-de-bord/rafraichir";

/** Recalcule les agrégats des tableaux de bord (vues matérialisées) : chaque jour, et après un import. */
export const tacheRafraichirIndicateurs: DefinitionTache = {
  nom: "indicateurs-rafraichir",
  libelle: "Agrégats des tableaux de bord",
  quotidienne: true,
  async executer({ db }) {
    return { dureeMs: await rafraichirIndicateurs(db) };
  },
};
