// Forme des actions d'insertion dans les données de démonstration.
export type VISEE = "SOCIALE" | "SOCIO_PROFESSIONNELLE" | "PROFESSIONNELLE" | "SANTE" | "LEVEE_FREINS";

export interface ActionDonnee {
  code: string;
  /** code du sous-axe (PDI) ou de l'axe (PLICS) auquel l'action se rattache */
  sousAxe?: string;
  /** code de la fiche action (convention plan pauvreté) */
  fiche?: string;
  intitule: string;
  porteur: string | null;
  visee: VISEE;
  freins: string[];
  publics: string[];
  /** codes de territoires ; "DEP" = tout le département */
  territoires: string[];
  objectifs: string;
  secteur?: string;
  public?: string;
  capacite?: number;
  unite?: "PLACES" | "PARCOURS" | "POSTES" | "ETP";
  duree?: string;
  heures?: number;
  modalites?: string;
  entreesPermanentes?: boolean;
  nature?: "NOUVELLE" | "RENFORCEE" | "RENOUVELLEMENT" | "EXPERIMENTATION";
  mode?: "INDIVIDUEL" | "COLLECTIF" | "MIXTE";
  lieu?: string;
  contacts?: string;
  prescription?: string;
  participants?: number;
  listeAttente?: number;
  debut?: string;
  fin?: string;
}
