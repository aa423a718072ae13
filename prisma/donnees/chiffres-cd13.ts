// Chiffres du PDI 2024-2026 des Bouches-du-Rhône, partie 1 (D2 L1-1884), chargés tels quels comme données
// de référence (modèle ChiffrePublie). `ligne` : ligne de D2 (cat -n). Année : 2023, celle des données du
// document (les objectifs du PDI portent la même année). Deux thèmes :
// - ACTIVITE_RSA : l'activité du dispositif, regroupée par `dimension` (orientation, équipes
//   pluridisciplinaires, contrôles, accompagnements, outils emploi, animation du réseau, financement) ;
// - CONTEXTE : la photographie du territoire (population, marché du travail, déclarations trimestrielles de
//   ressources, secteurs recherchés, baromètre social département / région).
// Les nombres écrits en toutes lettres (« trente territoires », « une fois par mois ») sont chargés avec
// leur ligne. Ne sont pas chargés : le graphique d'évolution des bénéficiaires par zone (L452-488 :
// étiquettes et valeurs désappariées à l'extraction) et les deux effectifs sans libellé sous le tableau
// des déclarations trimestrielles (L555-557).
import type { ChiffreDonnee } from "./chiffres-orne";

type Groupe = "ORIENTATION" | "EQUIPES_PLURIDISCIPLINAIRES" | "CONTROLES" | "ACCOMPAGNEMENT" | "EMPLOI" | "ANIMATION" | "FINANCEMENT";

const C = (dimension: Groupe, indicateur: string, libelle: string, valeur: number, unite: ChiffreDonnee["unite"], ligne: number, annee = 2023): ChiffreDonnee => ({
  theme: "ACTIVITE_RSA",
  dimension,
  indicateur,
  libelle,
  valeur,
  unite,
  annee,
  ligne,
});

export const ACTIVITE_RSA_CD13: ChiffreDonnee[] = [
  C("ORIENTATION", "NOUVEAUX_ENTRANTS_RECUS", "Nouveaux entrants reçus par les conseillers d'orientation", 17145, "NOMBRE", 1809),
  C("ORIENTATION", "RUPTURES_RECUES", "Bénéficiaires en rupture de contrat reçus", 12376, "NOMBRE", 1809),
  C("ORIENTATION", "ENTRETIENS_ORIENTATION", "Entretiens d'orientation réalisés (plus de)", 29000, "NOMBRE", 1810),
  C("ORIENTATION", "ENTRETIENS_PRESENTIEL", "dont en présentiel (près de)", 25000, "NOMBRE", 1810),
  C("ORIENTATION", "TAUX_CONTRACTUALISATION", "Taux de contractualisation", 80, "POURCENTAGE", 1813),
  C("ORIENTATION", "OBJECTIF_DELAI_ORIENTATION", "Objectif : orientation des nouveaux entrants au plus tard (jours après l'ouverture des droits)", 15, "JOURS", 867),
  C("ORIENTATION", "OBJECTIF_DELAI_ACCOMPAGNEMENT", "Objectif : entrée en accompagnement en moins de (jours après l'ouverture des droits)", 30, "JOURS", 868),
  C("ORIENTATION", "OBJECTIF_HEURES_ACTIVITE", "Objectif : heures d'activité hebdomadaires du contrat d'engagement", 15, "HEURES", 763),
  C("ORIENTATION", "PART_NOUVEAUX_ENTRANTS_SANTE", "Nouveaux entrants déclarant une problématique de santé", 25, "POURCENTAGE", 1109),
  C("ORIENTATION", "PART_ANCIENNETE_5_ANS", "Bénéficiaires dans le dispositif depuis plus de 5 ans (plus de)", 40, "POURCENTAGE", 218),
  C("EQUIPES_PLURIDISCIPLINAIRES", "EQUIPES_PLURIDISCIPLINAIRES", "Équipes pluridisciplinaires territorialisées", 10, "NOMBRE", 1823),
  C("EQUIPES_PLURIDISCIPLINAIRES", "EQUIPES_PLURIDISCIPLINAIRES_DEPARTEMENTALES", "Équipe pluridisciplinaire départementale", 1, "NOMBRE", 1823),
  C("EQUIPES_PLURIDISCIPLINAIRES", "EP_REUNIONS_PAR_MOIS", "Réunions de chaque équipe pluridisciplinaire par mois (au moins)", 1, "NOMBRE", 1824),
  C("EQUIPES_PLURIDISCIPLINAIRES", "SITUATIONS_EP", "Situations examinées par les équipes pluridisciplinaires (près de)", 11000, "NOMBRE", 1825),
  C("CONTROLES", "CONTROLES_MIN", "Contrôles administratifs par an (au moins)", 1500, "NOMBRE", 1833),
  C("CONTROLES", "CONTROLES_MAX", "Contrôles administratifs par an (au plus)", 2000, "NOMBRE", 1833),
  C("ACCOMPAGNEMENT", "AG_CONSEILLERS", "Accompagnement global : conseillers France Travail dédiés", 46, "NOMBRE", 938),
  C("ACCOMPAGNEMENT", "AG_PERSONNES", "Accompagnement global : personnes par an (près de)", 4000, "NOMBRE", 938),
  C("ACCOMPAGNEMENT", "AG_TAUX_SORTIES_POSITIVES", "Accompagnement global : sorties positives", 36, "POURCENTAGE", 939),
  C("ACCOMPAGNEMENT", "AG_TAUX_EMPLOI_DURABLE", "Accompagnement global : dont emploi durable", 29, "POURCENTAGE", 939),
  C("ACCOMPAGNEMENT", "AGT_TAUX_SORTIES_POSITIVES", "Accompagnement global tripartite : sorties positives", 41, "POURCENTAGE", 952),
  C("ACCOMPAGNEMENT", "PLIE_DAPE_PERSONNES", "PLIE et DAPE : personnes accompagnées par an (plus de)", 10000, "NOMBRE", 964),
  C("ACCOMPAGNEMENT", "PLIE_PERSONNES", "dont par les PLIE", 5000, "NOMBRE", 964),
  C("ACCOMPAGNEMENT", "DAPE_PERSONNES", "dont par le DAPE", 5000, "NOMBRE", 964),
  C("ACCOMPAGNEMENT", "PLIE", "Plans locaux pour l'insertion et l'emploi (PLIE) du département", 7, "NOMBRE", 968),
  C("ACCOMPAGNEMENT", "PLIE_METROPOLE", "dont sur la Métropole Aix-Marseille-Provence", 6, "NOMBRE", 968),
  C("ACCOMPAGNEMENT", "DAPE_DUREE_MOYENNE", "DAPE : durée moyenne de l'accompagnement", 9, "MOIS", 990),
  C("ACCOMPAGNEMENT", "PREMIERES_HEURES_MIN", "Premières Heures en chantier d'insertion : durée hebdomadaire de travail (de)", 4, "HEURES", 1176),
  C("ACCOMPAGNEMENT", "PREMIERES_HEURES_MAX", "Premières Heures en chantier d'insertion : durée hebdomadaire de travail (à)", 20, "HEURES", 1176),
  C("ACCOMPAGNEMENT", "SPIE_TERRITOIRES", "Service public de l'insertion et de l'emploi : territoires de la première vague nationale", 30, "NOMBRE", 692),
  C("ACCOMPAGNEMENT", "SPIE_CHANTIERS", "Service public de l'insertion et de l'emploi : chantiers réalisés (plus de)", 30, "NOMBRE", 713),
  C("ACCOMPAGNEMENT", "ACCOMPAGNEMENT_RENOVE_TERRITOIRES", "Accompagnement rénové : territoires retenus pour l'expérimentation nationale", 18, "NOMBRE", 734),
  C("EMPLOI", "ACCELERATEUR_BRSA", "Accélérateur et bus de l'emploi : bénéficiaires par an", 2400, "NOMBRE", 1233),
  C("EMPLOI", "ACCELERATEUR_SEQUENCES", "Séquences de l'accélérateur (plus de)", 34, "NOMBRE", 1234),
  C("EMPLOI", "BUS_SORTIES", "Sorties du bus de l'emploi (plus de)", 42, "NOMBRE", 1236),
  C("EMPLOI", "EMPLOIS_PROVENCE_CONTRATS", "Emplois en Provence : contrats signés depuis la création (plus de)", 1500, "NOMBRE", 1251),
  C("EMPLOI", "EMPLOIS_PROVENCE_TUTORAT", "Emplois en Provence : durée du tutorat", 6, "MOIS", 1258),
  C("EMPLOI", "EMPLOIS_PROVENCE_CDI", "Emplois en Provence : part de CDI à temps plein (plus de)", 77.5, "POURCENTAGE", 1264),
  C("EMPLOI", "PEC_BRSA", "Parcours emploi compétences : bénéficiaires du RSA", 1549, "NOMBRE", 1270),
  C("EMPLOI", "PEC_CONTRATS", "Parcours emploi compétences : contrats (plus de)", 3800, "NOMBRE", 1271),
  C("EMPLOI", "JOB_PROVENCE_INSCRITS", "Job Provence 13 : bénéficiaires inscrits fin 2023", 2600, "NOMBRE", 1280),
  C("EMPLOI", "JOB_PROVENCE_OFFRES_MOIS", "Job Provence 13 : offres d'emploi publiées par mois (moyenne)", 500, "NOMBRE", 1281),
  C("EMPLOI", "CLAUSES_PERSONNES", "Clauses sociales : personnes ayant obtenu un contrat depuis 2016", 517, "NOMBRE", 1325),
  C("EMPLOI", "CLAUSES_PART_BRSA", "Clauses sociales : part de bénéficiaires du RSA", 36, "POURCENTAGE", 1326),
  C("EMPLOI", "CLUB_RECRUTEMENTS", "Club des entreprises : recrutements de bénéficiaires du RSA", 537, "NOMBRE", 1373),
  C("EMPLOI", "CLUB_ADHERENTS", "Club des entreprises : TPE/PME adhérentes", 650, "NOMBRE", 1373),
  C("EMPLOI", "PACTES_OBJECTIFS", "Pactes d'objectifs pour l'emploi signés entre 2017 et 2023 (quelque)", 400, "NOMBRE", 1403),
  C("EMPLOI", "PACTES_ACTEURS", "Acteurs économiques signataires des pactes (une soixantaine)", 60, "NOMBRE", 1404),
  C("EMPLOI", "MEETINGS_EMPLOI", "Rencontres territoriales « meetings pour l'emploi » entre 2017 et 2022 (une trentaine)", 30, "NOMBRE", 1307),
  C("EMPLOI", "GEE_REUNIONS", "Groupe Expert Emploi : réunions de novembre 2017 à septembre 2023", 51, "NOMBRE", 1426),
  C("EMPLOI", "GEE_RESTITUTIONS", "Groupe Expert Emploi : sessions de restitution des travaux", 3, "NOMBRE", 1434),
  C("ANIMATION", "FORUM_PROFESSIONNELS", "Journée départementale de l'offre d'insertion 2023 : professionnels (près de)", 800, "NOMBRE", 1625),
  C("ANIMATION", "FORUM_CONFERENCES", "Journée départementale de l'offre d'insertion 2023 : conférences", 18, "NOMBRE", 1626),
  C("ANIMATION", "LETTRE_DESTINATAIRES", "Lettre numérique : professionnels destinataires tous les 2 mois (plus de)", 1500, "NOMBRE", 1637),
  C("FINANCEMENT", "FSE_PLUS_MONTANT", "FSE+ 2021-2027 délégué au Département (près de)", 20, "MILLIONS_EUROS", 1709),
  C("FINANCEMENT", "FSE_PLUS_PART_2022_2025", "FSE+ : part de l'enveloppe dédiée à 2022-2025", 70, "POURCENTAGE", 1711),
  C("FINANCEMENT", "FSE_PLUS_PART_2026_2027", "FSE+ : part réservée à 2026-2027", 30, "POURCENTAGE", 1711),
];

const X = (indicateur: string, libelle: string, valeur: number, unite: ChiffreDonnee["unite"], ligne: number, dimension = "", annee = 2023): ChiffreDonnee => ({
  theme: "CONTEXTE",
  ...(dimension ? { dimension } : {}),
  indicateur,
  libelle,
  valeur,
  unite,
  annee,
  ligne,
});

/** Photographie du territoire (D2 partie 1, « Photographie du territoire », L311-601). */
export const CONTEXTE_CD13: ChiffreDonnee[] = [
  X("CHOMAGE_FRANCE", "Taux de chômage en France (dernier trimestre 2023)", 7.4, "POURCENTAGE", 64, "FRANCE"),
  X("CHOMAGE_NON_QUALIFIES_FRANCE", "Taux de chômage des personnes non qualifiées en France", 13.2, "POURCENTAGE", 66, "FRANCE", 2022),
  X("CHOMAGE_QUALIFIES_FRANCE", "Taux de chômage des personnes qualifiées en France", 4.7, "POURCENTAGE", 66, "FRANCE", 2022),
  X("POPULATION", "Habitants", 2069100, "NOMBRE", 315),
  X("DENSITE", "Habitants au km²", 407, "NOMBRE", 316),
  X("FEMMES", "Femmes", 1081400, "NOMBRE", 316),
  X("PART_FEMMES", "Part des femmes", 52, "POURCENTAGE", 316),
  X("HOMMES", "Hommes", 987700, "NOMBRE", 316),
  X("MOINS_25_ANS", "Habitants de moins de 25 ans", 602000, "NOMBRE", 318),
  X("PART_MOINS_25_ANS", "Part des moins de 25 ans", 29.4, "POURCENTAGE", 318),
  X("DE_25_A_49_ANS", "Habitants de 25 à 49 ans", 625700, "NOMBRE", 318),
  X("PLUS_50_ANS", "Habitants de plus de 50 ans", 841500, "NOMBRE", 318),
  X("POPULATION_ACTIVE", "Population active", 900600, "NOMBRE", 320),
  X("TAUX_ACTIVITE", "Taux d'activité", 71, "POURCENTAGE", 320),
  X("TAUX_EMPLOI", "Taux d'emploi", 61.5, "POURCENTAGE", 321),
  X("EMPLOIS_SALARIES", "Emplois salariés fin 2023", 630000, "NOMBRE", 426),
  X("EVOLUTION_EMPLOI_SALARIE", "Croissance de l'emploi salarié en 2023", 0.5, "POURCENTAGE", 426),
  X("SALAIRE_NET_PRIVE", "Salaire mensuel net moyen, secteur privé", 2390, "EUROS", 428),
  X("SALAIRE_NET_PUBLIC", "Salaire mensuel net moyen, fonction publique", 2410, "EUROS", 428),
  X("TAUX_CHOMAGE", "Taux de chômage (3e trimestre 2023)", 8.7, "POURCENTAGE", 439),
  X("EVOLUTION_TAUX_CHOMAGE", "Évolution du taux de chômage en près d'un an (points)", -0.1, "POURCENTAGE", 439),
  X("DEMANDEURS_EMPLOI_A", "Demandeurs d'emploi de catégorie A (3e trimestre 2023)", 110340, "NOMBRE", 442),
  X("EVOLUTION_DEMANDEURS_EMPLOI_A", "Évolution sur un an des demandeurs d'emploi de catégorie A", -6.5, "POURCENTAGE", 443),
  X("DEMANDEURS_EMPLOI_ABC", "Demandeurs d'emploi de catégories A, B et C", 185930, "NOMBRE", 444),
  X("EVOLUTION_DEMANDEURS_EMPLOI_ABC", "Évolution sur un an des demandeurs d'emploi A, B et C", -1.9, "POURCENTAGE", 444),
  X("PART_DE_MOINS_25_ANS", "Part des moins de 25 ans parmi les demandeurs d'emploi", 12.6, "POURCENTAGE", 445),
  X("PART_DE_PLUS_50_ANS", "Part des plus de 50 ans parmi les demandeurs d'emploi", 27.4, "POURCENTAGE", 445),
  X("ALLOCATAIRES_CELIBATAIRES", "Allocataires célibataires (plus de)", 45000, "NOMBRE", 496),
  X("BRSA_DECLARANT_REVENUS", "Bénéficiaires ayant déclaré des revenus en septembre 2023 (plus de)", 15000, "NOMBRE", 510),
  X("PART_BRSA_DECLARANT_REVENUS", "Part des bénéficiaires ayant déclaré des revenus", 21.2, "POURCENTAGE", 510),
  X("BRSA_REVENUS_PROFESSIONNELS", "dont revenus professionnels (plus de)", 12200, "NOMBRE", 511),
  X("PART_BRSA_REVENUS_PROFESSIONNELS", "Part des bénéficiaires déclarant des revenus professionnels", 17, "POURCENTAGE", 511),
  ...(
    [
      ["REVENUS_PROFESSIONNELS", "Revenus professionnels", 8342, 11.7, 658.5, 513],
      ["INDEMNITES_ACTIVITE", "Indemnités liées à une activité professionnelle", 2932, 4.1, 578.0, 515],
      ["INDEMNITES_FAMILLE", "Indemnités liées à la situation familiale", 2793, 3.9, 178.2, 517],
      ["INDEMNITES_ACTIVITE_PASSEE", "Indemnités liées à une activité professionnelle passée", 947, 1.3, 474.1, 519],
      ["AUTRES_REVENUS", "Autres revenus", 94, 0.1, 498.3, 521],
      ["AUTRE", "Autre", 27, null, 482.9, 523],
      ["TOTAL", "Total", 15135, 21.2, 478.3, 525],
    ] as const
  ).flatMap(([dim, lib, n, part, montant, ligne]) => [
    X("DTR_DECLARATIONS", `Déclarations trimestrielles de ressources (septembre 2023) : ${lib}`, n, "NOMBRE", ligne, dim),
    ...(part === null ? [] : [X("DTR_PART_BRSA", `Part des bénéficiaires : ${lib}`, part, "POURCENTAGE", ligne, dim)]),
    X("DTR_MONTANT_MOYEN", `Montant moyen déclaré : ${lib}`, montant, "EUROS", ligne, dim),
  ]),
  X("SECTEUR_RECHERCHE", "Secteur recherché : services à la personne", 23.08, "POURCENTAGE", 560, "SERVICES_PERSONNE"),
  X("SECTEUR_RECHERCHE", "Secteur recherché : commerce, vente et grande distribution", 14.63, "POURCENTAGE", 563, "COMMERCE"),
  X("SECTEUR_RECHERCHE", "Secteur recherché : transport et logistique", 10.59, "POURCENTAGE", 566, "TRANSPORT"),
  X("SECTEUR_RECHERCHE", "Secteur recherché : support à l'entreprise", 9.48, "POURCENTAGE", 570, "SUPPORT_ENTREPRISE"),
  // baromètre social DROS 2023 (L341-408) : colonnes Bouches-du-Rhône (4e) et Région (7e)
  ...(
    [
      ["BAS_REVENUS", "Taux de bas revenus", 2022, 22.8, 20.4, 360, "POURCENTAGE"],
      ["MONOPARENTALES_BAS_REVENUS", "Taux de familles monoparentales à bas revenus", 2022, 41.9, 39.1, 362, "POURCENTAGE"],
      ["REVENU_MEDIAN_BAS_REVENUS", "Revenu médian des foyers à bas revenus", 2022, 809, 810, 364, "EUROS"],
      ["DEPENDANCE_PRESTATIONS_CAF", "Taux d'allocataires dépendants des prestations CAF", 2022, 13.4, 11.8, 370, "POURCENTAGE"],
      ["PERSISTANCE_RSA", "Persistance des allocataires du RSA", 2022, 62.5, 60.3, 372, "POURCENTAGE"],
      ["JEUNES_NON_INSERES", "Part de jeunes non insérés", 2020, 16.7, 17.2, 376, "POURCENTAGE"],
      ["DEMANDEURS_LONGUE_DUREE", "Part des demandeurs d'emploi de longue durée", 2022, 45.4, 44.4, 378, "POURCENTAGE"],
      ["CHOMAGE_LOCALISE", "Taux de chômage localisé annuel moyen", 2022, 8.7, 8.2, 380, "POURCENTAGE"],
      ["DEMANDEURS_RSA_PA", "Part des demandeurs d'emploi bénéficiaires du RSA et de la PA", 2022, 2.8, 3.2, 386, "POURCENTAGE"],
      ["EMPLOI_STABLE", "Part des salariés en emploi stable", 2020, 85.5, 84.9, 388, "POURCENTAGE"],
      ["LOGEMENTS_SUROCCUPES", "Part des logements suroccupés", 2020, 7.2, 7.0, 392, "POURCENTAGE"],
      ["LOGEMENTS_SOCIAUX", "Part des logements locatifs sociaux", 2022, 17.7, 14.1, 394, "POURCENTAGE"],
      ["CSS_GRATUITE", "Part des bénéficiaires de la complémentaire santé solidaire gratuite", 2022, 11.8, 9.7, 402, "POURCENTAGE"],
      ["INDICE_VIEILLISSEMENT", "Indice de vieillissement de la population", 2020, 88.0, 104.4, 406, "NOMBRE"],
      ["MINIMUM_VIEILLESSE", "Taux d'allocataires du minimum vieillesse", 2022, 7.8, 6.6, 408, "POURCENTAGE"],
    ] as const
  ).flatMap(([code, lib, annee, dep, region, ligne, unite]) => [
    X(`BAROMETRE_${code}`, `${lib} (${annee})`, dep, unite, ligne, "DEPARTEMENT", annee),
    X(`BAROMETRE_${code}`, `${lib} (${annee})`, region, unite, ligne, "REGION", annee),
  ]),
];
