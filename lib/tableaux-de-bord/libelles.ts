export const LIBELLES_SITUATION: Record<string, string> = {
  SEUL_SANS_ENFANT: "Personne seule sans enfant",
  MONOPARENTAL: "Famille monoparentale",
  COUPLE_SANS_ENFANT: "Couple sans enfant",
  COUPLE_AVEC_ENFANTS: "Couple avec enfant(s)",
  INCONNUE: "Non renseignée",
};
export const LIBELLES_NIVEAU: Record<string, string> = {
  AUCUN: "Aucune qualification",
  NIVEAU_3: "CAP, BEP",
  NIVEAU_4: "Baccalauréat",
  NIVEAU_5: "Bac + 2",
  NIVEAU_6_PLUS: "Bac + 3 et plus",
  INCONNU: "Non renseigné",
};
export const LIBELLES_ANCIENNETE: Record<string, string> = { MOINS_2_ANS: "Moins de 2 ans", "2_A_5_ANS": "De 2 à 5 ans", PLUS_5_ANS: "Plus de 5 ans" };
export const LIBELLES_REFERENCE: Record<string, string> = {
  ARSA: "Allocataires (ARSA, déc. 2023)",
  ENTRANTS_MOYENS: "Entrants en moyenne (2023)",
  SORTANTS_MOYENS: "Sortants en moyenne (2023)",
  TAUX_CONTRACTUALISATION: "Taux de contractualisation moyen (%)",
  AGE_MOYEN: "Âge moyen",
  PART_45_ET_PLUS: "Part des 45 ans et plus (%)",
};
export const MOIS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];
export const LIBELLES_FINANCEUR_TB: Record<string, string> = { DEPARTEMENT: "Département", ETAT: "État", FSE_PLUS: "FSE+", AUTRE: "Autre" };
