// Activité du dispositif RSA des Bouches-du-Rhône publiée dans le PDI 2024-2026 (D2 partie 1) : orientation,
// équipes pluridisciplinaires, contrôles, accompagnements et outils emploi. `ligne` : ligne de D2 (cat -n).
import type { ChiffreDonnee } from "./chiffres-orne";

const C = (indicateur: string, libelle: string, valeur: number, unite: ChiffreDonnee["unite"], ligne: number, annee = 2023): ChiffreDonnee => ({
  theme: "ACTIVITE_RSA",
  indicateur,
  libelle,
  valeur,
  unite,
  annee,
  ligne,
});

export const ACTIVITE_RSA_CD13: ChiffreDonnee[] = [
  C("NOUVEAUX_ENTRANTS_RECUS", "Nouveaux entrants reçus par les conseillers d'orientation", 17145, "NOMBRE", 1809),
  C("RUPTURES_RECUES", "Bénéficiaires en rupture de contrat reçus", 12376, "NOMBRE", 1809),
  C("ENTRETIENS_ORIENTATION", "Entretiens d'orientation réalisés (plus de)", 29000, "NOMBRE", 1810),
  C("ENTRETIENS_PRESENTIEL", "dont en présentiel (près de)", 25000, "NOMBRE", 1810),
  C("TAUX_CONTRACTUALISATION", "Taux de contractualisation", 80, "POURCENTAGE", 1813),
  C("EQUIPES_PLURIDISCIPLINAIRES", "Équipes pluridisciplinaires territorialisées", 10, "NOMBRE", 1823),
  C("SITUATIONS_EP", "Situations examinées par les équipes pluridisciplinaires (près de)", 11000, "NOMBRE", 1825),
  C("CONTROLES_MIN", "Contrôles administratifs par an (au moins)", 1500, "NOMBRE", 1833),
  C("CONTROLES_MAX", "Contrôles administratifs par an (au plus)", 2000, "NOMBRE", 1833),
  C("AG_CONSEILLERS", "Accompagnement global : conseillers France Travail dédiés", 46, "NOMBRE", 938),
  C("AG_PERSONNES", "Accompagnement global : personnes par an (près de)", 4000, "NOMBRE", 938),
  C("AG_TAUX_SORTIES_POSITIVES", "Accompagnement global : sorties positives", 36, "POURCENTAGE", 939),
  C("AG_TAUX_EMPLOI_DURABLE", "Accompagnement global : dont emploi durable", 29, "POURCENTAGE", 939),
  C("AGT_TAUX_SORTIES_POSITIVES", "Accompagnement global tripartite : sorties positives", 41, "POURCENTAGE", 952),
  C("PLIE_DAPE_PERSONNES", "PLIE et DAPE : personnes accompagnées par an (plus de)", 10000, "NOMBRE", 964),
  C("ACCELERATEUR_BRSA", "Accélérateur et bus de l'emploi : bénéficiaires par an", 2400, "NOMBRE", 1233),
  C("ACCELERATEUR_SEQUENCES", "Séquences de l'accélérateur (plus de)", 34, "NOMBRE", 1234),
  C("BUS_SORTIES", "Sorties du bus de l'emploi (plus de)", 42, "NOMBRE", 1236),
  C("EMPLOIS_PROVENCE_CONTRATS", "Emplois en Provence : contrats signés depuis la création (plus de)", 1500, "NOMBRE", 1251),
  C("EMPLOIS_PROVENCE_CDI", "Emplois en Provence : part de CDI à temps plein (plus de)", 77.5, "POURCENTAGE", 1264),
  C("PEC_BRSA", "Parcours emploi compétences : bénéficiaires du RSA", 1549, "NOMBRE", 1270),
  C("PEC_CONTRATS", "Parcours emploi compétences : contrats (plus de)", 3800, "NOMBRE", 1271),
  C("JOB_PROVENCE_INSCRITS", "Job Provence 13 : bénéficiaires inscrits fin 2023", 2600, "NOMBRE", 1280),
  C("CLAUSES_PERSONNES", "Clauses sociales : personnes ayant obtenu un contrat depuis 2016", 517, "NOMBRE", 1325),
  C("CLAUSES_PART_BRSA", "Clauses sociales : part de bénéficiaires du RSA", 36, "POURCENTAGE", 1326),
  C("CLUB_RECRUTEMENTS", "Club des entreprises : recrutements de bénéficiaires du RSA", 537, "NOMBRE", 1373),
  C("CLUB_ADHERENTS", "Club des entreprises : TPE/PME adhérentes", 650, "NOMBRE", 1373),
];
