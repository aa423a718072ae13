// « Contrat ouvert » : un contrat en préparation (brouillon) ou vivant (signé, validé, en cours — voir
// contrat-vivant.ts). Une personne a au plus UN contrat ouvert : PostgreSQL le garantit par la contrainte
// d'exclusion `contrat_un_seul_vivant` (migration 20261130140000_contrat_vivant), construite sur cette
// même liste : `ouvert.test.ts` compare la migration à la constante. Côté SQL de lecture, utiliser
// `SQL_STATUTS_OUVERTS` (fragment littéral) plutôt que de recopier la liste.
import type { StatutContrat } from "./regles";
import { STATUTS_CONTRAT_VIVANT } from "./contrat-vivant";

export const STATUTS_CONTRAT_OUVERT = ["BROUILLON", ...STATUTS_CONTRAT_VIVANT] as const satisfies readonly StatutContrat[];
export type StatutContratOuvert = (typeof STATUTS_CONTRAT_OUVERT)[number];

export function estOuvert(statut: StatutContrat): statut is StatutContratOuvert {
  return (STATUTS_CONTRAT_OUVERT as readonly StatutContrat[]).includes(statut);
}

/** `('BROUILLON', 'SIGNE', 'VALIDE', 'EN_COURS')` : la liste en SQL, pour les requêtes brutes. */
export const SQL_STATUTS_OUVERTS = `(${STATUTS_CONTRAT_OUVERT.map((s) => `'${s}'`).join(", ")})`;

/** Nom de la contrainte PostgreSQL, pour reconnaître sa violation. */
export const CONTRAINTE_UN_SEUL_OUVERT = "contrat_un_seul_vivant";

export const MESSAGE_CONTRAT_OUVERT_EXISTANT =
  "Cette personne a déjà un contrat en préparation ou en cours : reprenez-le (ou renouvelez-le) au lieu d'en ouvrir un second.";
