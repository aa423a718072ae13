// Libellés du catalogue (TypeScript pur).
export type Visee = "SOCIALE" | "SOCIO_PROFESSIONNELLE" | "PROFESSIONNELLE" | "SANTE" | "LEVEE_FREINS";
export type Unite = "PLACES" | "PARCOURS" | "POSTES" | "ETP";
export type Nature = "NOUVELLE" | "RENFORCEE" | "RENOUVELLEMENT" | "EXPERIMENTATION";
export type Mode = "INDIVIDUEL" | "COLLECTIF" | "MIXTE";

export const LIBELLES_VISEE: Record<Visee, string> = {
  SOCIALE: "Sociale",
  SOCIO_PROFESSIONNELLE: "Socio-professionnelle",
  PROFESSIONNELLE: "Professionnelle",
  SANTE: "Santé",
  LEVEE_FREINS: "Levée de freins",
};

export const LIBELLES_UNITE: Record<Unite, { singulier: string; pluriel: string }> = {
  PLACES: { singulier: "place", pluriel: "places" },
  PARCOURS: { singulier: "parcours", pluriel: "parcours" },
  POSTES: { singulier: "poste", pluriel: "postes" },
  ETP: { singulier: "ETP", pluriel: "ETP" },
};

export const LIBELLES_NATURE: Record<Nature, string> = {
  NOUVELLE: "Nouvelle",
  RENFORCEE: "Renforcée",
  RENOUVELLEMENT: "Renouvellement",
  EXPERIMENTATION: "Expérimentation",
};

export const LIBELLES_MODE: Record<Mode, string> = {
  INDIVIDUEL: "Individuel",
  COLLECTIF: "Collectif",
  MIXTE: "Individuel et collectif",
};

/** Publics spécifiques visés par une action (filtre « public » du catalogue). */
export const LIBELLES_PUBLICS = {
  JEUNES: "Jeunes (moins de 26 ans)",
  SENIORS: "Seniors (50 ans et plus)",
  FEMMES: "Femmes",
  FAMILLES_MONOPARENTALES: "Familles monoparentales",
  GENS_DU_VOYAGE: "Gens du voyage",
  SANS_DOMICILE: "Personnes sans domicile",
  DETENUS: "Personnes détenues ou sortant de détention",
  AGRICULTEURS: "Agriculteurs",
  TRAVAILLEURS_INDEPENDANTS: "Travailleurs indépendants, créateurs",
  PROBLEMES_SANTE: "Personnes ayant des problèmes de santé",
  ORIGINE_ETRANGERE: "Personnes d'origine étrangère, primo-arrivants",
} as const;
export type Public = keyof typeof LIBELLES_PUBLICS;
export const CODES_PUBLICS = Object.keys(LIBELLES_PUBLICS) as Public[];

/** Libellé d'une capacité : « 40 parcours », « 8,91 ETP », « 1 place ». */
const formatCapacite = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });
export function libelleCapacite(capacite: number, unite: Unite): string {
  const nombre = formatCapacite.format(capacite);
  const l = LIBELLES_UNITE[unite];
  return `${nombre.replace(/\u202f/g, "\u00a0")}\u00a0${capacite >= 2 ? l.pluriel : l.singulier}`;
}
