/**
 * Secret statistique des tableaux agrégés, pour les rôles qui ne voient que des agrégats (lecteur) :
 * un effectif de 1 à 10 est masqué (null), un taux calculé sur moins de 11 personnes aussi. Pour qu'un
 * effectif masqué ne se déduise pas d'un total, on masque en plus (secret secondaire) la plus petite
 * autre cellule non nulle d'une répartition qui n'aurait qu'une cellule masquée, et le total d'une ligne
 * dont une cellule est masquée. Une seule fonction, appliquée aux pages et aux exports.
 */
import type { Role } from "@/lib/generated/prisma/enums";

export const SEUIL_SECRET = 11;

/** Rôles soumis au secret statistique (ils ne lisent jamais de données individuelles). */
export const ROLES_AGREGATS: readonly Role[] = ["LECTEUR"];

export function soumisAuSecret(acteur: { role: Role }): boolean {
  return ROLES_AGREGATS.includes(acteur.role);
}

export type Effectif = number | null;

export function effectifMasque(n: number): boolean {
  return n >= 1 && n < SEUIL_SECRET;
}

export function masquerEffectif(n: Effectif): Effectif {
  return n === null || effectifMasque(n) ? null : n;
}

/** Un taux n'est publié que si son dénominateur compte au moins 11 personnes. */
export function masquerTaux(taux: number | null, denominateur: Effectif): number | null {
  return taux === null || denominateur === null || denominateur < SEUIL_SECRET ? null : taux;
}

/**
 * Masque une série d'effectifs dont la somme est publiée (ou déductible) : secret primaire (1 à 10, ou
 * imposé par `imposes`) puis secondaire (si une seule cellule non nulle est masquée, la plus petite autre).
 */
export function masquerSerie(valeurs: Effectif[], imposes: boolean[] = []): Effectif[] {
  const resultat: Effectif[] = valeurs.map((v, i) => (v === null || effectifMasque(v) || (imposes[i] && v !== 0) ? null : v));
  if (resultat.filter((v) => v === null).length === 1) {
    let indice = -1;
    resultat.forEach((v, i) => {
      if (v !== null && v > 0 && (indice < 0 || v < resultat[indice]!)) indice = i;
    });
    if (indice >= 0) resultat[indice] = null;
  }
  return resultat;
}

export function masquerRepartition<T extends { n: Effectif }>(lignes: T[]): (Omit<T, "n"> & { n: Effectif })[] {
  const masques = masquerSerie(lignes.map((l) => l.n));
  return lignes.map((l, i) => ({ ...l, n: masques[i]! }));
}

export interface LignePyramide {
  tranche: string;
  hommes: Effectif;
  femmes: Effectif;
  total: Effectif;
  part: number | null;
}

/**
 * Pyramide âge × sexe : chaque colonne (hommes, femmes) masquée en série ; le total d'une tranche est
 * masqué dès qu'une de ses cellules l'est (sinon il la révélerait), puis la colonne des totaux en série.
 */
export function masquerPyramide(lignes: LignePyramide[]): LignePyramide[] {
  const hommes = masquerSerie(lignes.map((l) => l.hommes));
  const femmes = masquerSerie(lignes.map((l) => l.femmes));
  const totaux = masquerSerie(
    lignes.map((l) => l.total),
    lignes.map((_, i) => hommes[i] === null || femmes[i] === null),
  );
  return lignes.map((l, i) => ({ tranche: l.tranche, hommes: hommes[i]!, femmes: femmes[i]!, total: totaux[i]!, part: totaux[i] === null ? null : l.part }));
}

type Repartition = { modalite: string; n: Effectif }[];

/** Les indicateurs d'un tableau de bord qui portent des effectifs de personnes ou de foyers. */
export interface IndicateursPopulation {
  pyramide: { lignes: LignePyramide[]; hommes: Effectif; femmes: Effectif; total: Effectif; ageMoyen: number | null; part45EtPlus: number | null };
  situations: Repartition;
  niveaux: Repartition;
  anciennetes: Repartition;
  population: { allocataires: Effectif; personnes: Effectif };
  contrats: { sousContrat: Effectif; tauxContractualisation: number | null; partQuinzeHeures: number | null; exemptions: Effectif };
  entrees: { parMois: { mois: number; n: Effectif }[]; total: Effectif; moyenneMensuelle: number | null };
  delais: { entrants: Effectif; partOrientes15: number | null; partContrat30: number | null };
  sorties: { type: string; n: Effectif }[];
}

/** Types de sortie regroupés pour les rôles agrégés : une orientation santé est une donnée de santé. */
const SORTIES_REGROUPEES: Record<string, string> = { ORIENTATION_SANTE: "AUTRE" };

/** Sorties par type pour un rôle agrégé : orientations santé regroupées avec « autre », effectifs masqués. */
export function regrouperSortiesSensibles(lignes: { type: string; n: number | null }[]): { type: string; n: Effectif }[] {
  const sorties = new Map<string, number>();
  for (const s of lignes) {
    const type = SORTIES_REGROUPEES[s.type] ?? s.type;
    sorties.set(type, (sorties.get(type) ?? 0) + (s.n ?? 0));
  }
  return masquerRepartition([...sorties].map(([type, n]) => ({ type, n }))).sort((a, b) => (b.n ?? 0) - (a.n ?? 0));
}

/** Applique le secret statistique à tous les effectifs et taux d'un tableau de bord. */
export function masquerIndicateurs<T extends IndicateursPopulation>(t: T): T {
  const p = t.pyramide;
  const total = masquerEffectif(p.total);
  return {
    ...t,
    pyramide: {
      lignes: masquerPyramide(p.lignes),
      hommes: masquerEffectif(p.hommes),
      femmes: masquerEffectif(p.femmes),
      total,
      ageMoyen: total === null ? null : p.ageMoyen,
      part45EtPlus: masquerTaux(p.part45EtPlus, total),
    },
    situations: masquerRepartition(t.situations),
    niveaux: masquerRepartition(t.niveaux),
    anciennetes: masquerRepartition(t.anciennetes),
    population: { allocataires: masquerEffectif(t.population.allocataires), personnes: masquerEffectif(t.population.personnes) },
    contrats: {
      sousContrat: masquerEffectif(t.contrats.sousContrat),
      tauxContractualisation: masquerTaux(t.contrats.tauxContractualisation, t.population.personnes),
      partQuinzeHeures: masquerTaux(t.contrats.partQuinzeHeures, t.contrats.sousContrat),
      exemptions: masquerEffectif(t.contrats.exemptions),
    },
    entrees: {
      parMois: masquerRepartition(t.entrees.parMois),
      total: masquerEffectif(t.entrees.total),
      moyenneMensuelle: masquerEffectif(t.entrees.total) === null ? null : t.entrees.moyenneMensuelle,
    },
    delais: {
      entrants: masquerEffectif(t.delais.entrants),
      partOrientes15: masquerTaux(t.delais.partOrientes15, t.delais.entrants),
      partContrat30: masquerTaux(t.delais.partContrat30, t.delais.entrants),
    },
    sorties: regrouperSortiesSensibles(t.sorties),
  } as T;
}

/** Affichage d'un effectif : un effectif masqué s'écrit « < 11 » (secret statistique). */
export function formaterEffectif(n: Effectif, formater: (n: number) => string): string {
  return n === null ? "< 11" : formater(n);
}

/** Part a / b, sans valeur si l'un des deux est masqué ou si b est nul. */
export function part(a: Effectif, b: Effectif): number | null {
  return a === null || b === null || b === 0 ? null : a / b;
}
