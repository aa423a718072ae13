// Résultats et objectifs publiés dans le bilan des fiches actions de la convention plan pauvreté, année 1
// (D1, « Indicateurs au 31/12/19 » de chaque fiche, objectifs de la description et de la synthèse),
// chargés tels quels (modèle ChiffrePublie, thème FICHE_CALPAE) et rattachés à leur fiche. `ligne` :
// ligne de D1 (cat -n). Un objectif porte le préfixe OBJECTIF_ ; un objectif sans année écrite porte
// l'année du bilan (2019). Les montants (prévu, engagé, solde) sont dans les lignes budgétaires
// (prisma/donnees/budget-calpae.ts) et ne sont pas repris ici. Les cellules du document écrites en
// toutes lettres (« Pas de sortie… », « n'a pas encore été communiqué ») ne sont pas des chiffres : elles
// ne sont pas chargées.
import type { ChiffreDonnee } from "./chiffres-orne";

const F = (fiche: string | undefined, annee: number, indicateur: string, libelle: string, valeur: number, unite: ChiffreDonnee["unite"], ligne: number, dimension?: string): ChiffreDonnee => ({
  theme: "FICHE_CALPAE",
  ...(fiche ? { fiche } : {}),
  ...(dimension ? { dimension } : {}),
  indicateur,
  libelle,
  valeur,
  unite,
  annee,
  ligne,
});

export const CHIFFRES_FICHES_CALPAE: ChiffreDonnee[] = [
  // 1-1 Accompagner les sorties de l'ASE (tableau L208-209)
  F("1-1", 2018, "PLACES_FJT", "Places en foyer de jeunes travailleurs", 58, "NOMBRE", 209),
  F("1-1", 2018, "JEUNES_ACCOMPAGNES", "Jeunes accompagnés", 115, "NOMBRE", 209),
  F("1-1", 2019, "PLACES_FJT", "Places en foyer de jeunes travailleurs", 97, "NOMBRE", 209),
  // 1-2 Maraudes mixtes (tableau L275-279 ; la synthèse L68 compte 90 familles sur décembre 2019)
  F("1-2", 2018, "FAMILLES_RENCONTREES", "Familles rencontrées par la maraude", 0, "NOMBRE", 276),
  F("1-2", 2019, "FAMILLES_RENCONTREES", "Familles rencontrées par la maraude", 200, "NOMBRE", 276),
  F("1-2", 2019, "FAMILLES_RENCONTREES_SYNTHESE", "Familles rencontrées du 1er au 31 décembre 2019 (synthèse du bilan)", 90, "NOMBRE", 68),
  F("1-2", 2018, "MISES_A_L_ABRI", "Adultes et mineurs mis à l'abri", 0, "NOMBRE", 277),
  F("1-2", 2019, "MISES_A_L_ABRI", "Adultes et mineurs mis à l'abri", 12, "NOMBRE", 277),
  F("1-2", 2019, "MINEURS_FUGUE_REORIENTES", "dont mineurs en fugue réorientés vers l'ASE", 8, "NOMBRE", 277),
  F("1-2", 2019, "FAMILLES_MISES_A_L_ABRI", "dont familles", 4, "NOMBRE", 277),
  F("1-2", 2018, "OUVERTURES_DROITS", "Ouvertures de droits pour les enfants et les familles", 0, "NOMBRE", 278),
  F("1-2", 2019, "OUVERTURES_DROITS", "Ouvertures de droits pour les enfants et les familles", 178, "NOMBRE", 278),
  F("1-2", 2018, "MESURES_PROTECTION", "Enfants faisant l'objet d'une mesure de protection de l'enfance", 0, "NOMBRE", 279),
  F("1-2", 2019, "MESURES_PROTECTION", "Enfants faisant l'objet d'une mesure de protection de l'enfance", 6, "NOMBRE", 279),
  // 1-3 Renoncement aux soins et suivi médical (L348)
  F("1-3", 2018, "JEUNES_ACCOMPAGNES", "Jeunes accompagnés", 0, "NOMBRE", 348),
  // 1-4 Parentalité, informer dès la grossesse (L368-369, L405 ; la synthèse L87 recense 93 lieux)
  F("1-4", 2019, "FILMS", "Films d'information réalisés", 8, "NOMBRE", 368),
  F("1-4", 2019, "LIEUX_ACCUEIL_RECENSES", "Lieux d'accueil enfants-parents (LAEP/LAPE) recensés dans le département", 94, "NOMBRE", 369),
  F("1-4", 2019, "LIEUX_ACCUEIL_RECENSES_SYNTHESE", "Lieux d'accueil enfants-parents recensés (synthèse du bilan)", 93, "NOMBRE", 87),
  F("1-4", 2019, "ACTIONS_FINANCEES", "Actions (lieux d'accueil) financées", 28, "NOMBRE", 405),
  // 1-5 Parentalité et accueil des jeunes enfants (L439, L476)
  F("1-5", 2019, "PLACES_PMI", "Places dédiées aux familles vulnérables orientées par la PMI", 28, "NOMBRE", 439),
  F("1-5", 2019, "ETABLISSEMENTS_SUBVENTIONNES", "Établissements d'accueil du jeune enfant subventionnés", 50, "NOMBRE", 476),
  // 2-1 Premier accueil social inconditionnel de proximité (L529-531 ; trajectoire L564-565)
  F("2-1", 2019, "MDS", "Maisons départementales de la solidarité engagées (formation-action)", 19, "NOMBRE", 529),
  F("2-1", 2019, "MDS_FORMEES_DANS_ANNEE", "dont formées dans l'année", 5, "NOMBRE", 529),
  F("2-1", 2019, "MDS_TOTAL", "Maisons départementales de la solidarité du département", 22, "NOMBRE", 529),
  F("2-1", 2019, "MDS_CONNECTEES", "MDS connectées (accès facilité au numérique)", 11, "NOMBRE", 531),
  F("2-1", 2019, "OBJECTIF_TRAVAILLEURS_SOCIAUX_FORMES", "Travailleurs sociaux formés « numérique et travail social »", 120, "NOMBRE", 531),
  F("2-1", 2018, "TAUX_DEPLOIEMENT", "Déploiement de la démarche dans les MDS", 0, "POURCENTAGE", 565),
  F("2-1", 2018, "MDS", "Maisons départementales de la solidarité engagées (formation-action)", 14, "NOMBRE", 565),
  F("2-1", 2019, "OBJECTIF_TAUX_DEPLOIEMENT", "Déploiement de la démarche dans les MDS", 20, "POURCENTAGE", 565),
  F("2-1", 2019, "OBJECTIF_MDS", "Maisons départementales de la solidarité engagées (formation-action)", 19, "NOMBRE", 565),
  F("2-1", 2020, "OBJECTIF_TAUX_DEPLOIEMENT", "Déploiement de la démarche dans les MDS", 60, "POURCENTAGE", 565),
  F("2-1", 2020, "OBJECTIF_MDS", "Maisons départementales de la solidarité engagées (formation-action)", 19, "NOMBRE", 565),
  F("2-1", 2021, "OBJECTIF_TAUX_DEPLOIEMENT", "Déploiement de la démarche dans les MDS", 100, "POURCENTAGE", 565),
  F("2-1", 2021, "OBJECTIF_MDS", "Maisons départementales de la solidarité engagées (formation-action)", 19, "NOMBRE", 565),
  // 2-2 Accompagnement global et référence de parcours (trajectoire L631-632)
  F("2-2", 2018, "TAUX_DEPLOIEMENT", "Ingénierie, expérimentation et déploiement dans les MDS", 0, "POURCENTAGE", 632),
  F("2-2", 2019, "OBJECTIF_TAUX_DEPLOIEMENT", "Ingénierie, expérimentation et déploiement dans les MDS", 25, "POURCENTAGE", 632),
  F("2-2", 2019, "OBJECTIF_TERRITOIRES", "Territoires d'expérimentation", 1, "NOMBRE", 632),
  F("2-2", 2020, "OBJECTIF_TAUX_DEPLOIEMENT", "Ingénierie, expérimentation et déploiement dans les MDS", 50, "POURCENTAGE", 632),
  F("2-2", 2020, "OBJECTIF_MDS", "MDS où la démarche est déployée", 10, "NOMBRE", 632),
  F("2-2", 2021, "OBJECTIF_TAUX_DEPLOIEMENT", "Ingénierie, expérimentation et déploiement dans les MDS", 100, "POURCENTAGE", 632),
  F("2-2", 2021, "OBJECTIF_MDS", "MDS où la démarche est déployée", 22, "NOMBRE", 632),
  // 3-1 Plateforme de diagnostic médical (trajectoire L732-734 : l'action n'a pas démarré en 2019)
  F("3-1", 2020, "OBJECTIF_DELAI_CONTRACTUALISATION", "Délai moyen d'intégration et de contractualisation sur un parcours santé", 1, "MOIS", 733),
  F("3-1", 2021, "OBJECTIF_DELAI_CONTRACTUALISATION", "Délai moyen d'intégration et de contractualisation sur un parcours santé", 1, "MOIS", 733),
  F("3-1", 2020, "OBJECTIF_BENEFICIAIRES", "Bénéficiaires par an", 5000, "NOMBRE", 734),
  F("3-1", 2020, "OBJECTIF_TAUX_BENEFICIAIRES", "Part de l'objectif annuel de bénéficiaires atteinte", 100, "POURCENTAGE", 734),
  F("3-1", 2021, "OBJECTIF_BENEFICIAIRES", "Bénéficiaires par an", 5000, "NOMBRE", 734),
  F("3-1", 2021, "OBJECTIF_TAUX_BENEFICIAIRES", "Part de l'objectif annuel de bénéficiaires atteinte", 100, "POURCENTAGE", 734),
  // 3-2 Boost emploi (objectifs L765-770, tableau financier L1207 ; résultat L809)
  F("3-2", 2019, "OBJECTIF_TAUX_IPR", "Insertions professionnelles réussies à la sortie (contrat d'au moins 3 mois)", 30, "POURCENTAGE", 765),
  F("3-2", 2019, "OBJECTIF_TAUX_SORTIE_RSA_6_MOIS", "Sorties du RSA 6 mois après la fin du parcours", 60, "POURCENTAGE", 766),
  F("3-2", 2019, "OBJECTIF_ETP_ACCOMPAGNATEURS", "Accompagnateurs à l'emploi", 9.8, "ETP", 768),
  F("3-2", 2019, "OBJECTIF_ETP_SUPPORT", "Fonctions support", 4, "ETP", 768),
  F("3-2", 2019, "OBJECTIF_BRSA_SUIVIS", "BRSA suivis par an (9,8 ETP × 27 personnes × 4 trimestres)", 1058, "NOMBRE", 770),
  F("3-2", 2019, "BRSA_ORIENTES", "BRSA orientés par les conseillers d'orientation", 93, "NOMBRE", 809),
  F("3-2", 2019, "OBJECTIF_SORTIES", "Sorties visées", 600, "NOMBRE", 1207),
  // 3-3 Accompagnement global spécialisé (objectifs L850-858 ; résultats L897-898 ; perspective L914)
  F("3-3", 2019, "OBJECTIF_TAUX_SORTIES_EMPLOI", "Sorties « emploi » parmi les sorties (au moins)", 30, "POURCENTAGE", 850),
  F("3-3", 2019, "OBJECTIF_ETP_ACCOMPAGNATEURS", "Accompagnateurs à l'emploi", 4, "ETP", 854),
  F("3-3", 2019, "OBJECTIF_ETP_TRAVAILLEURS_SOCIAUX", "Travailleurs sociaux", 2, "ETP", 855),
  F("3-3", 2019, "OBJECTIF_ETP_PSYCHOLOGUES", "Psychologues", 1.3, "ETP", 856),
  F("3-3", 2019, "OBJECTIF_BRSA_SUIVIS", "BRSA suivis par an", 280, "NOMBRE", 858),
  F("3-3", 2019, "OBJECTIF_BRSA_SUIVIS", "BRSA suivis par an – Marseille", 210, "NOMBRE", 858, "MARSEILLE"),
  F("3-3", 2019, "OBJECTIF_BRSA_SUIVIS", "BRSA suivis par an – Aubagne / La Ciotat", 70, "NOMBRE", 858, "AUBAGNE_LA_CIOTAT"),
  F("3-3", 2019, "PERSONNES_ORIENTEES", "Personnes orientées", 217, "NOMBRE", 897),
  F("3-3", 2019, "BRSA_SUIVIS", "Personnes accompagnées", 128, "NOMBRE", 898),
  F("3-3", 2020, "OBJECTIF_JEUNES_MISSION_LOCALE", "Jeunes accompagnés par l'action supplémentaire de la mission locale de Marseille", 140, "NOMBRE", 914),
  // 3-4 Insertion par l'activité économique (L930, tableau L977-980, perspectives L991-999)
  F("3-4", 2019, "CHANTIERS", "Chantiers d'insertion financés", 8, "NOMBRE", 977),
  F("3-4", 2019, "POSTES", "Postes financés en sus", 44, "NOMBRE", 978),
  F("3-4", 2019, "BRSA_ACCOMPAGNES", "BRSA accompagnés", 56, "NOMBRE", 979),
  F("3-4", 2019, "BRSA_SORTIS", "BRSA sortis (ruptures de parcours)", 3, "NOMBRE", 980),
  F("3-4", 2019, "OBJECTIF_POSTES_PLAN", "Postes inscrits au plan", 76, "NOMBRE", 991),
  F("3-4", 2019, "POSTES_RESTANTS", "Postes restant à pourvoir sur les 76 inscrits", 32, "NOMBRE", 991),
  F("3-4", 2020, "OBJECTIF_POSTES", "Postes des chantiers programmés pour début 2020", 16, "NOMBRE", 992),
  F("3-4", 2020, "OBJECTIF_POSTES", "« Jette pas ton fauteuil » (ATOL, Châteaurenard)", 5, "NOMBRE", 995, "ATOL"),
  F("3-4", 2020, "OBJECTIF_POSTES", "Épicerie (Épicerie du Pays d'Arles, Arles)", 3, "NOMBRE", 996, "EPICERIE_PAYS_ARLES"),
  F("3-4", 2020, "OBJECTIF_POSTES", "Activités de régie de quartier (MISS, Martigues)", 8, "NOMBRE", 997, "MISS"),
  F("3-4", 2020, "OBJECTIF_POSTES_SEMESTRE_1", "Postes restant pour des chantiers supplémentaires au 1er semestre 2020", 16, "NOMBRE", 999),
  // 3-5 Création d'activité et travailleurs indépendants (L1031-1033, tableau L1071-1074, L1078)
  F("3-5", 2019, "OBJECTIF_CONSEILLERS", "Conseillers à temps plein", 4, "NOMBRE", 1031),
  F("3-5", 2019, "OBJECTIF_BRSA_PAR_CONSEILLER", "BRSA accompagnés par conseiller (au moins)", 100, "NOMBRE", 1031, "MIN"),
  F("3-5", 2019, "OBJECTIF_BRSA_PAR_CONSEILLER", "BRSA accompagnés par conseiller (au plus)", 120, "NOMBRE", 1031, "MAX"),
  F("3-5", 2019, "OBJECTIF_BRSA_SUIVIS", "BRSA suivis par an", 480, "NOMBRE", 1033),
  F("3-5", 2019, "PERSONNES_ORIENTEES", "Personnes orientées", 359, "NOMBRE", 1071),
  F("3-5", 2019, "BRSA_SUIVIS", "Personnes suivies par le lieu d'accueil spécialisé", 319, "NOMBRE", 1072),
  F("3-5", 2019, "CESSATIONS_ACTIVITE", "Personnes ayant cessé leur activité", 4, "NOMBRE", 1074),
  F("3-5", 2019, "TAUX_INTEGRATION", "Personnes intégrant l'action après orientation", 80, "POURCENTAGE", 1078),
  // 3-6 Santé : MODALH et PHARE (L1110-1118, tableau L1152-1153, perspectives 2020 L1172)
  F("3-6", 2019, "LIEUX_EXECUTION", "Lieux d'exécution", 23, "NOMBRE", 1110),
  F("3-6", 2019, "OBJECTIF_ETP", "Intervenants", 7, "ETP", 1116),
  F("3-6", 2019, "OBJECTIF_BRSA_SUIVIS", "BRSA suivis (sur 6 mois)", 160, "NOMBRE", 1118),
  F("3-6", 2019, "BRSA_ORIENTES", "BRSA orientés", 406, "NOMBRE", 1152),
  F("3-6", 2019, "BRSA_SUIVIS", "BRSA accompagnés", 168, "NOMBRE", 1153),
  F("3-6", 2019, "BRSA_SUIVIS", "BRSA accompagnés – MODALH", 158, "NOMBRE", 1153, "MODALH"),
  F("3-6", 2019, "BRSA_SUIVIS", "BRSA accompagnés – PHARE", 10, "NOMBRE", 1153, "PHARE"),
  F("3-6", 2020, "OBJECTIF_PARCOURS", "Parcours", 960, "NOMBRE", 1172),
  F("3-6", 2020, "OBJECTIF_SORTIES_POSITIVES", "Sorties positives", 192, "NOMBRE", 1172),
  // Synthèse de l'axe 3 (L138, L142) : sans fiche
  F(undefined, 2019, "OBJECTIF_BRSA_ACCOMPAGNES_AXE_3", "Axe 3 : BRSA à accompagner d'ici fin juin 2020 (7 actions)", 7130, "NOMBRE", 138),
  F(undefined, 2019, "PERSONNES_ORIENTEES_AXE_3", "Axe 3 : personnes orientées vers les 5 actions démarrées au second semestre 2019", 1235, "NOMBRE", 142),
  F(undefined, 2019, "PERSONNES_INTEGREES_AXE_3", "Axe 3 : personnes intégrées", 703, "NOMBRE", 142),
  F(undefined, 2019, "OBJECTIF_SORTIES_EMPLOI_AXE_3", "Axe 3 : sorties en emploi attendues selon les objectifs fixés", 1204, "NOMBRE", 142),
];
