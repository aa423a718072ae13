// Paramètres du contrat propres à chaque département (table parametres_contrat) et leurs valeurs par défaut.

export interface ParametresContrat {
  /** Durée maximale d'un contrat, en mois (12 par défaut). */
  dureeMaxMois: number;
  /** Délai pendant lequel le responsable peut annuler une rupture faite par erreur, en jours. */
  delaiAnnulationRuptureJours: number;
}

export const PARAMETRES_CONTRAT_DEFAUT: ParametresContrat = { dureeMaxMois: 12, delaiAnnulationRuptureJours: 7 };

export function parametresOuDefaut(p: Partial<ParametresContrat> | null | undefined): ParametresContrat {
  return { ...PARAMETRES_CONTRAT_DEFAUT, ...(p ?? {}) };
}
