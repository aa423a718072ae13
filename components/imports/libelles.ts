export const LIBELLES_STATUT_IMPORT: Record<string, string> = {
  EN_ATTENTE: "En attente",
  EN_COURS: "En cours",
  TERMINE: "Terminé",
  ILLISIBLE: "Fichier illisible : rien n'a été appliqué",
  ECHOUE: "Échec : rien n'a été appliqué",
};

/** Lignes du résumé d'un import, dans l'ordre d'affichage. */
export const LIGNES_RESUME: [string, string][] = [
  ["foyersDansLeFichier", "Foyers dans le fichier"],
  ["foyersAppliques", "Foyers appliqués"],
  ["personnesAppliquees", "Personnes appliquées"],
  ["foyersRejetes", "Foyers rejetés"],
  ["changements", "Foyers dont l'état a changé"],
  ["nouveauxFoyers", "Nouveaux foyers"],
  ["droitsOuvertsEtVersables", "Droits ouverts et versables"],
  ["entrants", "Entrants"],
  ["sortants", "Sortants"],
  ["clotures", "Clôtures de droit"],
  ["suspensions", "Suspensions"],
  ["reprises", "Reprises de versement"],
  ["demenagements", "Déménagements"],
  ["changementsDeTerritoire", "Changements de territoire"],
  ["conjointsArrives", "Conjoints arrivés"],
  ["arriveesDeMembres", "Arrivées de membres"],
  ["departsDeMembres", "Départs de membres"],
  ["foyersTerritoireAAffecter", "Foyers dans une commune « territoire à affecter »"],
  ["contratsClos", "Contrats rompus (fin de droit)"],
  ["prescriptionsCloses", "Prescriptions closes (fin de droit)"],
];
