// « Contrat vivant » : la règle, en un seul endroit côté TypeScript. Son double SQL est la fonction
// contrat_vivant() (migration 20261130150000_situation_personne) ; un test de parité les compare.
import type { StatutContrat } from "./regles";

/** Statuts d'un contrat qui engage la personne (ni brouillon, ni échu, rompu ou renouvelé). */
export const STATUTS_CONTRAT_VIVANT = ["SIGNE", "VALIDE", "EN_COURS"] as const satisfies readonly StatutContrat[];

/** Vivant : statut signé, validé ou en cours, et date de fin non dépassée au jour donné. */
export function estContratVivant(contrat: { statut: StatutContrat; dateFin: Date }, jour: Date): boolean {
  const j = Date.UTC(jour.getUTCFullYear(), jour.getUTCMonth(), jour.getUTCDate());
  return (STATUTS_CONTRAT_VIVANT as readonly StatutContrat[]).includes(contrat.statut) && contrat.dateFin.getTime() >= j;
}
