// Résultats 2019 des actions du PLICS d'Argentan (D4 partie II), d'où la synthèse tire les
// participations et les sorties : entrées, sorties (abandons compris), abandons, sorties dynamiques
// (réparties 20 / 15 / 15 entre emploi durable, de transition et sortie positive, comme l'objectif
// conventionné des ACI, D4 L667-671, sauf détail publié).
export interface ResultatAction {
  action: string;
  entrees: number;
  sorties: number;
  abandons: number;
  /** [emploi durable, emploi de transition, sortie positive] */
  dynamiques: [number, number, number];
  /** date jusqu'à laquelle les sorties sont comptées dans le bilan */
  sortiesAu: string;
}

export const RESULTATS_PLICS_2019: ResultatAction[] = [
  { action: "PLICS-C1", entrees: 38, sorties: 0, abandons: 0, dynamiques: [0, 0, 0], sortiesAu: "2019-12-31" },
  { action: "PLICS-C2", entrees: 17, sorties: 0, abandons: 0, dynamiques: [0, 0, 0], sortiesAu: "2019-12-31" },
  { action: "PLICS-C3", entrees: 19, sorties: 0, abandons: 0, dynamiques: [0, 0, 0], sortiesAu: "2019-12-31" },
  { action: "PLICS-A1", entrees: 27, sorties: 17, abandons: 0, dynamiques: [0, 0, 0], sortiesAu: "2019-12-31" },
  { action: "PLICS-A2", entrees: 99, sorties: 52, abandons: 2, dynamiques: [11, 8, 9], sortiesAu: "2019-09-30" },
  { action: "PLICS-A3", entrees: 31, sorties: 18, abandons: 1, dynamiques: [4, 3, 3], sortiesAu: "2019-09-30" },
  { action: "PLICS-A4", entrees: 16, sorties: 11, abandons: 0, dynamiques: [3, 2, 3], sortiesAu: "2019-09-30" },
  { action: "PLICS-A5", entrees: 17, sorties: 7, abandons: 0, dynamiques: [2, 1, 2], sortiesAu: "2019-12-31" },
  { action: "PLICS-A6", entrees: 36, sorties: 13, abandons: 2, dynamiques: [0, 1, 0], sortiesAu: "2019-11-30" },
  { action: "PLICS-B2", entrees: 24, sorties: 2, abandons: 2, dynamiques: [0, 0, 0], sortiesAu: "2019-12-31" },
  { action: "PLICS-C8", entrees: 29, sorties: 20, abandons: 0, dynamiques: [0, 0, 0], sortiesAu: "2019-12-31" },
];
