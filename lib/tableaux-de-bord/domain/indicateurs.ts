// Calculs d'indicateurs à partir d'agrégats déjà produits par PostgreSQL (quelques lignes, pas de données individuelles).

export const TRANCHES = ["0-24", "25-29", "30-34", "35-39", "40-44", "45-49", "50-54", "55-59", "60+"] as const;

export interface CellulePyramide {
  tranche: string;
  sexe: "F" | "M";
  n: number;
  sommeAges: number;
}

export interface Pyramide {
  lignes: { tranche: string; hommes: number; femmes: number; total: number; part: number }[];
  hommes: number;
  femmes: number;
  total: number;
  ageMoyen: number | null;
  part45EtPlus: number | null;
}

/** Pyramide des âges par sexe, âge moyen et part des 45 ans et plus (comme les fiches des pôles de D2). */
export function pyramide(cellules: CellulePyramide[]): Pyramide {
  const total = cellules.reduce((s, c) => s + c.n, 0);
  const lignes = TRANCHES.map((tranche) => {
    const hommes = cellules.filter((c) => c.tranche === tranche && c.sexe === "M").reduce((s, c) => s + c.n, 0);
    const femmes = cellules.filter((c) => c.tranche === tranche && c.sexe === "F").reduce((s, c) => s + c.n, 0);
    return { tranche, hommes, femmes, total: hommes + femmes, part: total ? (hommes + femmes) / total : 0 };
  });
  const plus45 = lignes.filter((l) => ["45-49", "50-54", "55-59", "60+"].includes(l.tranche)).reduce((s, l) => s + l.total, 0);
  return {
    lignes,
    hommes: lignes.reduce((s, l) => s + l.hommes, 0),
    femmes: lignes.reduce((s, l) => s + l.femmes, 0),
    total,
    ageMoyen: total ? cellules.reduce((s, c) => s + c.sommeAges, 0) / total : null,
    part45EtPlus: total ? plus45 / total : null,
  };
}

export function taux(numerateur: number, denominateur: number): number | null {
  return denominateur > 0 ? numerateur / denominateur : null;
}

/** Coût par parcours et par sortie positive (emploi durable, de transition, sortie positive). */
export function couts(montantCentimes: number | null, parcours: number | null, sortiesPositives: number | null) {
  return {
    parParcours: montantCentimes !== null && parcours ? Math.round(montantCentimes / parcours) : null,
    parSortiePositive: montantCentimes !== null && sortiesPositives ? Math.round(montantCentimes / sortiesPositives) : null,
  };
}
