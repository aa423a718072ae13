// Toutes les tâches de fond de l'application : chaque module déclare la sienne dans son dossier
// (lib/<module>/taches/…) et l'ajoute ici, une ligne par tâche.
import type { DefinitionTache } from "./types";
import { tacheEcheancesContrats } from "@/lib/contrats/taches/echeances";
import { tacheRafraichirIndicateurs } from "@/lib/tableaux-de-bord/taches/rafraichir";
import { tacheImporterFlux } from "@/lib/imports/taches/importer-flux";
import { tacheConservation } from "@/lib/rgpd/taches/conservation";

export const TACHES: DefinitionTache[] = [tacheEcheancesContrats, tacheRafraichirIndicateurs, tacheImporterFlux, tacheConservation];

export function trouverTache(nom: string): DefinitionTache | undefined {
  return TACHES.find((t) => t.nom === nom);
}
