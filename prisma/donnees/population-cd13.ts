// Population des pôles d'insertion (D2 partie 3, décembre 2023) : allocataires (ARSA), demandeurs et
// conjoints dont le droit est ouvert par tranche d'âge et sexe (H/F). Chaque ligne a été vérifiée :
// la somme des cellules égale le total « demandeurs + conjoints » du pôle.

export const TRANCHES = ["0-24", "25-29", "30-34", "35-39", "40-44", "45-49", "50-54", "55-59", "60+"] as const;
/** âges (au 31/12/2023) couverts par chaque tranche pour la génération */
export const AGES_TRANCHES: [number, number][] = [
  [18, 24],
  [25, 29],
  [30, 34],
  [35, 39],
  [40, 44],
  [45, 49],
  [50, 54],
  [55, 59],
  [60, 66],
];
export const DATE_REFERENCE_POPULATION = "2023-12-31";

export interface PopulationPole {
  pole: string;
  arsa: number;
  entrantsMensuels: number;
  sortantsMensuels: number;
  tauxContractualisation: number;
  ageMoyen: number;
  part45EtPlus: number;
  /** [hommes, femmes] par tranche */
  ageSexe: [number, number][];
}

export const POPULATION_CD13: PopulationPole[] = [
  { pole: "POLE-I", arsa: 5711, entrantsMensuels: 213, sortantsMensuels: 221, tauxContractualisation: 75.5, ageMoyen: 42.6, part45EtPlus: 43.7, ageSexe: [[13, 120], [445, 513], [450, 486], [373, 455], [350, 395], [368, 321], [403, 361], [364, 357], [354, 271]] },
  { pole: "POLE-II", arsa: 5970, entrantsMensuels: 173, sortantsMensuels: 165, tauxContractualisation: 82.6, ageMoyen: 43.4, part45EtPlus: 46.2, ageSexe: [[16, 164], [379, 434], [439, 538], [410, 539], [373, 501], [402, 445], [395, 430], [442, 427], [381, 329]] },
  { pole: "POLE-III", arsa: 10856, entrantsMensuels: 335, sortantsMensuels: 349, tauxContractualisation: 79.7, ageMoyen: 41.6, part45EtPlus: 39, ageSexe: [[22, 331], [794, 1053], [821, 1121], [771, 1055], [627, 938], [525, 726], [568, 709], [577, 673], [523, 520]] },
  { pole: "POLE-IV", arsa: 10040, entrantsMensuels: 232, sortantsMensuels: 232, tauxContractualisation: 77.8, ageMoyen: 41.8, part45EtPlus: 40.7, ageSexe: [[36, 385], [589, 1029], [669, 1135], [617, 1091], [565, 971], [545, 831], [552, 788], [570, 695], [468, 424]] },
  { pole: "POLE-V", arsa: 7160, entrantsMensuels: 181, sortantsMensuels: 174, tauxContractualisation: 80.8, ageMoyen: 41.5, part45EtPlus: 39.8, ageSexe: [[27, 317], [460, 748], [442, 813], [472, 762], [414, 702], [397, 594], [405, 524], [382, 513], [312, 277]] },
  { pole: "POLE-VI", arsa: 4930, entrantsMensuels: 212, sortantsMensuels: 241, tauxContractualisation: 80, ageMoyen: 41.6, part45EtPlus: 39.7, ageSexe: [[16, 136], [397, 465], [389, 489], [264, 450], [296, 375], [269, 323], [271, 302], [267, 264], [220, 238]] },
  { pole: "POLE-VII", arsa: 3617, entrantsMensuels: 144, sortantsMensuels: 164, tauxContractualisation: 84.3, ageMoyen: 42.8, part45EtPlus: 45.1, ageSexe: [[17, 122], [216, 366], [178, 325], [202, 350], [172, 292], [196, 279], [213, 281], [201, 247], [204, 221]] },
  { pole: "POLE-VIII", arsa: 3234, entrantsMensuels: 113, sortantsMensuels: 122, tauxContractualisation: 77.3, ageMoyen: 41.8, part45EtPlus: 40.2, ageSexe: [[9, 100], [225, 289], [187, 318], [202, 325], [178, 280], [167, 226], [176, 223], [186, 177], [133, 135]] },
  { pole: "POLE-IX", arsa: 8311, entrantsMensuels: 243, sortantsMensuels: 250, tauxContractualisation: 82.4, ageMoyen: 40.6, part45EtPlus: 35.9, ageSexe: [[53, 442], [546, 941], [538, 992], [496, 904], [449, 792], [394, 573], [380, 550], [380, 506], [305, 363]] },
  { pole: "POLE-X", arsa: 2474, entrantsMensuels: 99, sortantsMensuels: 104, tauxContractualisation: 77.1, ageMoyen: 41.2, part45EtPlus: 37.9, ageSexe: [[8, 93], [170, 264], [187, 245], [149, 262], [114, 215], [106, 161], [113, 159], [110, 143], [117, 132]] },
];
