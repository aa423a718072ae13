// Résultats d'une convention face à ses objectifs (TypeScript pur) : sorties dynamiques, coûts.

/** Types de sortie qui comptent comme « sortie dynamique » (ou sortie positive au sens large). */
export const TYPES_SORTIE_DYNAMIQUE = ["EMPLOI_DURABLE", "EMPLOI_TRANSITION", "SORTIE_POSITIVE"] as const;

/**
 * Objectif conventionné des sorties dynamiques (ACI, D4 L667-671) : 50 % des sortants, dont 20 % en emploi
 * durable, 15 % en emploi de transition et 15 % en sortie positive. Sert d'objectif par défaut quand la
 * convention n'en fixe pas d'autre, et à la génération des résultats synthétiques de la démonstration.
 */
export const OBJECTIF_SORTIES_DYNAMIQUES = { total: 0.5, EMPLOI_DURABLE: 0.2, EMPLOI_TRANSITION: 0.15, SORTIE_POSITIVE: 0.15 } as const;

/** Écart à l'objectif de sorties dynamiques, en points (positif : au-dessus). Null sans sortant. */
export function ecartObjectifDynamiques(dynamiques: number, sortants: number, objectif: number = OBJECTIF_SORTIES_DYNAMIQUES.total): number | null {
  return sortants > 0 ? dynamiques / sortants - objectif : null;
}

