// Occupation d'une action : capacité conventionnée, participants en cours, liste d'attente.
import type { Unite } from "./libelles";

export interface Occupation {
  /** La capacité se compare-t-elle à un nombre de personnes ? (pas pour des ETP, ni sans capacité) */
  comparable: boolean;
  placesRestantes: number | null;
  /** participants / capacité (peut dépasser 1 : entrées et sorties permanentes) */
  taux: number | null;
  complete: boolean;
}

export function calculerOccupation(capacite: number | null, unite: Unite | null, participants: number): Occupation {
  if (capacite === null || capacite <= 0 || unite === null || unite === "ETP") {
    return { comparable: false, placesRestantes: null, taux: null, complete: false };
  }
  const restantes = Math.max(0, Math.floor(capacite) - participants);
  return { comparable: true, placesRestantes: restantes, taux: participants / capacite, complete: restantes === 0 };
}

/**
 * Une action peut-elle accueillir quelqu'un ? Non si elle est suspendue, terminée ou complète ; oui si
 * sa capacité n'est pas exprimée en personnes (ETP) ou n'est pas déclarée. Même règle en SQL dans
 * queries/rechercher-actions.ts (filtre « places disponibles »).
 */
export function accueillePossible(
  a: { capacite: number | null; uniteCapacite: Unite | null; participantsEnCours: number; suspendue: boolean; dateFin: Date | null },
  aujourdHui: Date,
): boolean {
  if (a.suspendue) return false;
  if (a.dateFin !== null && a.dateFin.getTime() < Date.UTC(aujourdHui.getUTCFullYear(), aujourdHui.getUTCMonth(), aujourdHui.getUTCDate())) return false;
  return !calculerOccupation(a.capacite, a.uniteCapacite, a.participantsEnCours).complete;
}
