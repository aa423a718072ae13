export const LIBELLES_TYPE_CONVENTION = { SUBVENTION: "Convention de subvention", MARCHE_PUBLIC: "Marché public", ACCORD_CADRE: "Accord-cadre" } as const;
export const LIBELLES_FINANCEUR = { DEPARTEMENT: "Département", ETAT: "État (plan pauvreté)", FSE_PLUS: "FSE+", AUTRE: "Autre financeur" } as const;
export const LIBELLES_TYPE_PAIEMENT = { ACOMPTE: "Acompte", SOLDE: "Solde", AUTRE: "Autre versement" } as const;
export const LIBELLES_TYPE_BILAN = { INTERMEDIAIRE: "Bilan intermédiaire", FINAL: "Bilan final", ANNUEL: "Bilan annuel" } as const;
export const LIBELLES_SORTIE_BILAN: Record<string, string> = {
  EMPLOI_DURABLE: "Emploi durable",
  EMPLOI_TRANSITION: "Emploi de transition",
  SORTIE_POSITIVE: "Sortie positive (formation, SIAE…)",
  ORIENTATION_SANTE: "Orientation santé",
  ORIENTATION_SOCIALE: "Orientation vers un dispositif social",
  ABANDON: "Abandon",
  AUTRE: "Autre sortie",
};
