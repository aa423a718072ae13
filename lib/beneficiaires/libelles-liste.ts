// Libellés de la liste des bénéficiaires (filtres, colonnes, export).
export const LIBELLES_PARCOURS: Record<string, string> = {
  PROFESSIONNEL: "Professionnel",
  SOCIO_PROFESSIONNEL: "Socio-professionnel",
  SOCIAL: "Social",
  AUCUN: "Non orienté",
};

export const LIBELLES_TRI: Record<string, string> = {
  urgence: "À faire d'abord",
  nom: "Nom",
  commune: "Commune",
  ouverture: "Droits ouverts le",
  fin_contrat: "Fin du contrat",
  referent: "Référent",
};
