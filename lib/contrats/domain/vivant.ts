// « Contrat vivant » : une règle, un endroit. Une personne a au plus UN contrat dans l'un de ces statuts
// (brouillon en préparation, signé, validé, en cours). PostgreSQL le garantit par la contrainte
// d'exclusion `contrat_un_seul_vivant` (migration 20261130140000_contrat_vivant), construite sur cette
// même liste : `vivant.test.ts` compare la migration à la constante. Côté SQL de lecture, utiliser
// `SQL_STATUTS_VIVANTS` (fragment littéral) plutôt que de recopier la liste.
import type { StatutContrat } from "./regles";

export const STATUTS_CONTRAT_VIVANT = ["BROUILLON", "SIGNE", "VALIDE", "EN_COURS"] as const satisfies readonly StatutContrat[];
export type StatutContratVivant = (typeof STATUTS_CONTRAT_VIVANT)[number];

export function estVivant(statut: StatutContrat): statut is StatutContratVivant {
  return (STATUTS_CONTRAT_VIVANT as readonly StatutContrat[]).includes(statut);
}

/** `('BROUILLON', 'SIGNE', 'VALIDE', 'EN_COURS')` : la liste en SQL, pour les requêtes brutes. */
export const SQL_STATUTS_VIVANTS = `(${STATUTS_CONTRAT_VIVANT.map((s) => `'${s}'`).join(", ")})`;

/** Nom de la contrainte PostgreSQL, pour reconnaître sa violation. */
export const CONTRAINTE_UN_SEUL_VIVANT = "contrat_un_seul_vivant";

export const MESSAGE_CONTRAT_VIVANT_EXISTANT =
  "Cette personne a déjà un contrat en préparation ou en cours : reprenez-le (ou renouvelez-le) au lieu d'en ouvrir un second.";
