// Chiffres publiés du PLICS 2020 de la commission RSA d'Argentan (D4, données au 30/11/2019), chargés
// tels quels comme données de référence (modèle ChiffrePublie). `ligne` : ligne du document (cat -n).
// Les graphiques de D4 (ménages par commission, âges, décisions des commissions) sont perdus à
// l'extraction : seuls les chiffres écrits dans le texte sont ici.

export interface ChiffreDonnee {
  theme: "ALLOCATAIRES" | "AIDES" | "EVALUATION_ACTION" | "PLICS" | "ACTIVITE_RSA";
  indicateur: string;
  dimension?: string;
  /** code du territoire ; absent : tout le département */
  territoire?: string;
  /** code de l'action du catalogue évaluée */
  action?: string;
  libelle: string;
  valeur: number;
  unite: "NOMBRE" | "EUROS" | "POURCENTAGE" | "ETP" | "HEURES";
  annee: number;
  ligne: number;
}

const A = 2019;

export const CHIFFRES_ALLOCATAIRES_ORNE: ChiffreDonnee[] = [
  { theme: "ALLOCATAIRES", indicateur: "MENAGES_ALLOCATAIRES", libelle: "Ménages allocataires du RSA au 30/11/2019", valeur: 6592, unite: "NOMBRE", annee: A, ligne: 85 },
  { theme: "ALLOCATAIRES", indicateur: "EVOLUTION_MENAGES", libelle: "Évolution des ménages allocataires par rapport à 2018", valeur: -4.9, unite: "POURCENTAGE", annee: A, ligne: 85 },
  { theme: "ALLOCATAIRES", indicateur: "EVOLUTION_MENAGES", territoire: "CRSA-ALENCON", libelle: "Évolution des ménages allocataires par rapport à 2018", valeur: -3.6, unite: "POURCENTAGE", annee: A, ligne: 90 },
  { theme: "ALLOCATAIRES", indicateur: "EVOLUTION_MENAGES", territoire: "CRSA-ARGENTAN", libelle: "Évolution des ménages allocataires par rapport à 2018", valeur: -4.8, unite: "POURCENTAGE", annee: A, ligne: 91 },
  { theme: "ALLOCATAIRES", indicateur: "EVOLUTION_MENAGES", territoire: "CRSA-FLERS", libelle: "Évolution des ménages allocataires par rapport à 2018", valeur: -4.9, unite: "POURCENTAGE", annee: A, ligne: 92 },
  { theme: "ALLOCATAIRES", indicateur: "EVOLUTION_MENAGES", territoire: "CRSA-MORTAGNE", libelle: "Évolution des ménages allocataires par rapport à 2018", valeur: -6.5, unite: "POURCENTAGE", annee: A, ligne: 93 },
  { theme: "ALLOCATAIRES", indicateur: "PERSONNES_COUVERTES", libelle: "Personnes couvertes (allocataires, conjoints et personnes à charge)", valeur: 13520, unite: "NOMBRE", annee: A, ligne: 95 },
  { theme: "ALLOCATAIRES", indicateur: "POPULATION", libelle: "Population résidant dans le département", valeur: 285300, unite: "NOMBRE", annee: A, ligne: 95 },
  { theme: "ALLOCATAIRES", indicateur: "TAUX_COUVERTURE", libelle: "Part de la population couverte par le RSA", valeur: 4.74, unite: "POURCENTAGE", annee: A, ligne: 95 },
  { theme: "ALLOCATAIRES", indicateur: "PART_FEMMES", libelle: "Part des femmes parmi les bénéficiaires", valeur: 53, unite: "POURCENTAGE", annee: A, ligne: 174 },
  { theme: "ALLOCATAIRES", indicateur: "PART_HOMMES", libelle: "Part des hommes parmi les bénéficiaires", valeur: 47, unite: "POURCENTAGE", annee: A, ligne: 174 },
  { theme: "ALLOCATAIRES", indicateur: "PART_26_35", libelle: "Part des 26-35 ans", valeur: 29.5, unite: "POURCENTAGE", annee: A, ligne: 176 },
  { theme: "ALLOCATAIRES", indicateur: "PART_18_25", libelle: "Part des 18-25 ans", valeur: 8.5, unite: "POURCENTAGE", annee: A, ligne: 176 },
  { theme: "ALLOCATAIRES", indicateur: "PART_PERSONNES_SEULES", libelle: "Part des personnes seules parmi les allocataires", valeur: 53, unite: "POURCENTAGE", annee: A, ligne: 178 },
  { theme: "ALLOCATAIRES", indicateur: "PART_MONOPARENTALES", libelle: "Part des familles monoparentales parmi les allocataires", valeur: 27, unite: "POURCENTAGE", annee: A, ligne: 178 },
  { theme: "ALLOCATAIRES", indicateur: "PART_ANCIENNETE_36_MOIS", libelle: "Part des bénéficiaires au RSA depuis plus de 36 mois", valeur: 57, unite: "POURCENTAGE", annee: A, ligne: 182 },
  { theme: "PLICS", indicateur: "MESURES_MOBILISEES", territoire: "CRSA-ARGENTAN", libelle: "Mesures du PLICS mobilisées au 30/11/2019", valeur: 419, unite: "NOMBRE", annee: A, ligne: 224 },
  { theme: "PLICS", indicateur: "PART_NIVEAU_V_OU_MOINS", territoire: "CRSA-ARGENTAN", libelle: "Participants de niveau inférieur ou égal au niveau V", valeur: 91, unite: "POURCENTAGE", annee: A, ligne: 256 },
  { theme: "PLICS", indicateur: "PART_ISOLES", territoire: "CRSA-ARGENTAN", libelle: "Participants isolés avec ou sans enfant", valeur: 73, unite: "POURCENTAGE", annee: A, ligne: 258 },
];

/** Aides 2019 (D4 III.6) : département et territoire de la commission RSA d'Argentan. */
export const CHIFFRES_AIDES_ORNE: ChiffreDonnee[] = [
  { theme: "AIDES", indicateur: "SOMME", dimension: "FSI", libelle: "Somme des aides FSI", valeur: 83952, unite: "EUROS", annee: A, ligne: 1665 },
  { theme: "AIDES", indicateur: "NOMBRE", dimension: "FSI", libelle: "Aides FSI octroyées", valeur: 337, unite: "NOMBRE", annee: A, ligne: 1665 },
  { theme: "AIDES", indicateur: "MOYENNE", dimension: "FSI", libelle: "Montant moyen FSI", valeur: 249, unite: "EUROS", annee: A, ligne: 1665 },
  { theme: "AIDES", indicateur: "SOMME", dimension: "FSI", territoire: "CRSA-ARGENTAN", libelle: "Somme des aides FSI", valeur: 29453, unite: "EUROS", annee: A, ligne: 1667 },
  { theme: "AIDES", indicateur: "NOMBRE", dimension: "FSI", territoire: "CRSA-ARGENTAN", libelle: "Aides FSI attribuées", valeur: 106, unite: "NOMBRE", annee: A, ligne: 1667 },
  { theme: "AIDES", indicateur: "MOYENNE", dimension: "FSI", territoire: "CRSA-ARGENTAN", libelle: "Montant moyen FSI", valeur: 278, unite: "EUROS", annee: A, ligne: 1667 },
  { theme: "AIDES", indicateur: "SOMME", dimension: "FSL", libelle: "Somme des aides FSL", valeur: 240680, unite: "EUROS", annee: A, ligne: 1676 },
  { theme: "AIDES", indicateur: "NOMBRE", dimension: "FSL", libelle: "Aides FSL octroyées", valeur: 1981, unite: "NOMBRE", annee: A, ligne: 1678 },
  { theme: "AIDES", indicateur: "MOYENNE", dimension: "FSL", libelle: "Montant moyen FSL", valeur: 121.49, unite: "EUROS", annee: A, ligne: 1678 },
  { theme: "AIDES", indicateur: "SOMME", dimension: "FSL", territoire: "CRSA-ARGENTAN", libelle: "Somme des aides FSL", valeur: 88441, unite: "EUROS", annee: A, ligne: 1680 },
  { theme: "AIDES", indicateur: "NOMBRE", dimension: "FSL", territoire: "CRSA-ARGENTAN", libelle: "Aides FSL attribuées", valeur: 457, unite: "NOMBRE", annee: A, ligne: 1680 },
  { theme: "AIDES", indicateur: "MOYENNE", dimension: "FSL", territoire: "CRSA-ARGENTAN", libelle: "Montant moyen FSL", valeur: 194, unite: "EUROS", annee: A, ligne: 1680 },
  { theme: "AIDES", indicateur: "SOMME", dimension: "FAJD", libelle: "Somme des aides FAJD", valeur: 39977, unite: "EUROS", annee: A, ligne: 1688 },
  { theme: "AIDES", indicateur: "NOMBRE", dimension: "FAJD", libelle: "Personnes aidées au titre du FAJD", valeur: 326, unite: "NOMBRE", annee: A, ligne: 1690 },
  { theme: "AIDES", indicateur: "MOYENNE", dimension: "FAJD", libelle: "Montant moyen FAJD", valeur: 122.63, unite: "EUROS", annee: A, ligne: 1690 },
  { theme: "AIDES", indicateur: "SOMME", dimension: "FAJD", territoire: "CRSA-ARGENTAN", libelle: "Somme des aides FAJD", valeur: 8937, unite: "EUROS", annee: A, ligne: 1692 },
  { theme: "AIDES", indicateur: "NOMBRE", dimension: "FAJD", territoire: "CRSA-ARGENTAN", libelle: "Aides FAJD attribuées", valeur: 49, unite: "NOMBRE", annee: A, ligne: 1692 },
  { theme: "AIDES", indicateur: "MOYENNE", dimension: "FAJD", territoire: "CRSA-ARGENTAN", libelle: "Montant moyen FAJD", valeur: 182, unite: "EUROS", annee: A, ligne: 1692 },
];

const E = (action: string, indicateur: string, libelle: string, valeur: number, unite: ChiffreDonnee["unite"], ligne: number): ChiffreDonnee => ({
  theme: "EVALUATION_ACTION",
  action,
  territoire: "CRSA-ARGENTAN",
  indicateur,
  libelle,
  valeur,
  unite,
  annee: A,
  ligne,
});

/** Évaluation 2019 de chaque action du PLICS (D4 partie II) : objectifs et résultats. */
export const EVALUATIONS_PLICS: ChiffreDonnee[] = [
  E("PLICS-C1", "PARTICIPANTS", "Participants", 38, "NOMBRE", 275),
  E("PLICS-C1", "CONVENTIONNES", "Places conventionnées", 40, "NOMBRE", 275),
  E("PLICS-C1", "PART_FEMMES", "Part des femmes", 50, "POURCENTAGE", 290),
  E("PLICS-C2", "PARTICIPANTS", "Bénéficiaires du RSA accompagnés", 17, "NOMBRE", 363),
  E("PLICS-C2", "CONVENTIONNES", "Places conventionnées", 9, "NOMBRE", 363),
  E("PLICS-C2", "PART_MOINS_36", "Part des moins de 36 ans", 29, "POURCENTAGE", 382),
  E("PLICS-C3", "PARTICIPANTS", "Bénéficiaires du RSA entrés", 19, "NOMBRE", 438),
  E("PLICS-A1", "PARTICIPANTS", "Bénéficiaires entrés", 27, "NOMBRE", 516),
  E("PLICS-A1", "CONVENTIONNES", "Parcours prévus", 26, "NOMBRE", 516),
  E("PLICS-A1", "SORTIES", "Sorties au 31/12/2019", 17, "NOMBRE", 517),
  E("PLICS-A1", "PART_FEMMES", "Part des femmes", 27, "POURCENTAGE", 525),
  E("PLICS-A1", "OBJECTIF_SUITE_PARCOURS", "Objectif : part des sortants ayant engagé une suite de parcours", 50, "POURCENTAGE", 540),
  E("PLICS-A2", "PARTICIPANTS", "Personnes entrées", 99, "NOMBRE", 622),
  E("PLICS-A2", "ETP_REALISES", "Équivalents temps plein réalisés", 31.11, "ETP", 622),
  E("PLICS-A2", "ETP_CONVENTIONNES", "Équivalents temps plein conventionnés", 30, "ETP", 622),
  E("PLICS-A2", "SORTIES", "Sorties au 30/09/2019", 52, "NOMBRE", 626),
  E("PLICS-A2", "ABANDONS", "Abandons en cours d'action", 2, "NOMBRE", 630),
  E("PLICS-A2", "IMMERSIONS", "Périodes en immersion", 40, "NOMBRE", 635),
  E("PLICS-A2", "SORTIES_DYNAMIQUES", "Sorties dynamiques (emploi, formation)", 28, "NOMBRE", 643),
  E("PLICS-A2", "TAUX_SORTIES_DYNAMIQUES", "Taux de sorties dynamiques", 54, "POURCENTAGE", 643),
  E("PLICS-A2", "OBJECTIF_SORTIES_DYNAMIQUES", "Objectif conventionné de sorties dynamiques", 50, "POURCENTAGE", 643),
  E("PLICS-A3", "PARTICIPANTS", "Personnes entrées", 31, "NOMBRE", 714),
  E("PLICS-A3", "ETP_REALISES", "Équivalents temps plein réalisés", 9.43, "ETP", 714),
  E("PLICS-A3", "ETP_CONVENTIONNES", "Équivalents temps plein conventionnés", 8.91, "ETP", 714),
  E("PLICS-A3", "SORTIES", "Sorties au 30/09/2019", 18, "NOMBRE", 718),
  E("PLICS-A3", "SORTIES_DYNAMIQUES", "Sorties dynamiques (emploi, formation)", 10, "NOMBRE", 735),
  E("PLICS-A3", "TAUX_SORTIES_DYNAMIQUES", "Taux de sorties dynamiques", 62, "POURCENTAGE", 735),
  E("PLICS-A3", "OBJECTIF_SORTIES_DYNAMIQUES", "Objectif conventionné de sorties dynamiques", 50, "POURCENTAGE", 735),
  E("PLICS-A4", "PARTICIPANTS", "Personnes entrées", 16, "NOMBRE", 797),
  E("PLICS-A4", "ETP_REALISES", "Équivalents temps plein réalisés", 6.5, "ETP", 797),
  E("PLICS-A4", "ETP_CONVENTIONNES", "Équivalents temps plein conventionnés", 6.72, "ETP", 797),
  E("PLICS-A4", "SORTIES", "Sorties au 30/09/2019", 11, "NOMBRE", 801),
  E("PLICS-A4", "SORTIES_DYNAMIQUES", "Sorties dynamiques (emploi, formation)", 8, "NOMBRE", 814),
  E("PLICS-A4", "TAUX_SORTIES_DYNAMIQUES", "Taux de sorties dynamiques", 73, "POURCENTAGE", 814),
  E("PLICS-A4", "OBJECTIF_SORTIES_DYNAMIQUES", "Objectif conventionné de sorties dynamiques", 50, "POURCENTAGE", 814),
  E("PLICS-A5", "PARTICIPANTS", "Personnes entrées", 17, "NOMBRE", 930),
  E("PLICS-A5", "CONVENTIONNES", "Postes conventionnés", 8, "NOMBRE", 930),
  E("PLICS-A5", "SORTIES", "Personnes ayant terminé l'action", 7, "NOMBRE", 939),
  E("PLICS-A5", "SORTIES_POSITIVES", "Sorties vers l'emploi ou la formation", 5, "NOMBRE", 942),
  E("PLICS-A5", "TAUX_SORTIES_POSITIVES", "Taux de sorties positives", 71, "POURCENTAGE", 942),
  E("PLICS-A6", "PARTICIPANTS", "Personnes sur l'action", 36, "NOMBRE", 1053),
  E("PLICS-A6", "CONVENTIONNES", "Places conventionnées", 30, "NOMBRE", 1053),
  E("PLICS-A6", "ABANDONS", "Abandons", 2, "NOMBRE", 1055),
  E("PLICS-A6", "HEURES_TRAVAILLEES", "Heures travaillées", 7887, "HEURES", 1055),
  E("PLICS-A6", "SORTIES", "Sorties au 30/11/2019", 13, "NOMBRE", 1057),
  E("PLICS-A6", "OBJECTIF_HEURES_PAR_PERSONNE", "Objectif : heures de mise à disposition par personne", 200, "HEURES", 1072),
  E("PLICS-B2", "PARTICIPANTS", "Personnes entrées", 24, "NOMBRE", 1242),
  E("PLICS-B2", "CONVENTIONNES", "Places", 24, "NOMBRE", 1242),
  E("PLICS-B2", "TAUX_REUSSITE_CODE", "Réussite au code", 100, "POURCENTAGE", 1252),
  E("PLICS-B2", "TAUX_REUSSITE_PERMIS_BRSA", "Réussite au permis (bénéficiaires du RSA)", 92, "POURCENTAGE", 1262),
  E("PLICS-C4", "PARTICIPANTS", "Bénéficiaires du RSA accompagnés", 296, "NOMBRE", 1414),
  E("PLICS-C4", "CONTRATS", "Contrats d'engagements réciproques réalisés", 333, "NOMBRE", 1419),
  E("PLICS-C5", "PARTICIPANTS", "Allocataires suivis", 10, "NOMBRE", 1447),
  E("PLICS-C5", "CONTRATS", "Contrats d'engagements réciproques réalisés", 19, "NOMBRE", 1452),
  E("PLICS-C8", "PARTICIPANTS", "Personnes entrées au 31/12/2019", 29, "NOMBRE", 1594),
  E("PLICS-C8", "SORTIES", "Sorties", 20, "NOMBRE", 1595),
];
