import type { CategorieStructure, TypeProgramme, TypeTerritoire } from "@/lib/generated/prisma/enums";

export const LIBELLES_TYPE_TERRITOIRE: Record<TypeTerritoire, string> = {
  POLE_INSERTION: "Pôle d'insertion",
  COMMISSION_RSA: "Commission RSA",
  CANTON: "Canton",
  COMMUNE: "Commune",
  ARRONDISSEMENT: "Arrondissement",
  QUARTIER: "Quartier",
};

export const LIBELLES_CATEGORIE_STRUCTURE: Record<CategorieStructure, string> = {
  ASSOCIATION: "Association",
  CCAS_CIAS: "CCAS / CIAS",
  SIAE_ACI: "SIAE – atelier et chantier d'insertion",
  ASSOCIATION_INTERMEDIAIRE: "Association intermédiaire",
  PLIE: "PLIE",
  MISSION_LOCALE: "Mission locale",
  ENTREPRISE: "Entreprise",
  ETABLISSEMENT_PUBLIC: "Établissement public",
  ORGANISME_CONSULAIRE: "Organisme consulaire (CCI…)",
  ORGANISME_PROTECTION_SOCIALE: "Organisme de protection sociale (CAF, MSA, CPAM…)",
  SERVICE_DEPARTEMENTAL: "Service départemental",
  AUTRE: "Autre",
};

export const LIBELLES_TYPE_PROGRAMME: Record<TypeProgramme, string> = {
  PDI: "Programme départemental d'insertion",
  PTI: "Pacte territorial pour l'insertion",
  PLICS: "Programme local d'insertion et de cohésion sociale",
  CONVENTION_ETAT_DEPARTEMENT: "Convention État–Département (plan pauvreté)",
  PACTE_SOLIDARITES: "Pacte des solidarités",
};

export const LIBELLES_TYPE_TERRITOIRE_PLURIEL: Record<TypeTerritoire, string> = {
  POLE_INSERTION: "Pôles d'insertion",
  COMMISSION_RSA: "Commissions RSA",
  CANTON: "Cantons",
  COMMUNE: "Communes",
  ARRONDISSEMENT: "Arrondissements",
  QUARTIER: "Quartiers",
};
