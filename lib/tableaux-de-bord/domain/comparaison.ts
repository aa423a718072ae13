// Comparaison des territoires côte à côte : tri et repérage du plus haut et du plus bas par colonne.

const ordreAlphabetique = new Intl.Collator("fr");

export const COLONNES_COMPARAISON = [
  { cle: "allocataires", libelle: "Allocataires (foyers)", unite: "nombre" },
  { cle: "arsaPublie", libelle: "ARSA publié", unite: "nombre" },
  { cle: "personnes", libelle: "Demandeurs et conjoints", unite: "nombre" },
  { cle: "tauxContractualisation", libelle: "Contractualisation", unite: "taux" },
  { cle: "tauxContractualisationPublie", libelle: "Contractualisation publiée", unite: "pourcentage" },
  { cle: "part45", libelle: "45 ans et plus", unite: "taux" },
  { cle: "part45Publie", libelle: "45 ans et plus publié", unite: "pourcentage" },
  { cle: "entrants", libelle: "Entrants de l'année", unite: "nombre" },
  { cle: "entrantsPrecedente", libelle: "Entrants de l'année précédente", unite: "nombre" },
  { cle: "orientes15", libelle: "Orientés en 15 jours ou moins", unite: "taux" },
  { cle: "contrat30", libelle: "Premier contrat en 30 jours ou moins", unite: "taux" },
  { cle: "sorties", libelle: "Sorties d'actions de l'année", unite: "nombre" },
  { cle: "sortiesPrecedente", libelle: "Sorties de l'année précédente", unite: "nombre" },
  { cle: "partDynamiques", libelle: "Sorties dynamiques", unite: "taux" },
  { cle: "coutParParcours", libelle: "Coût par parcours", unite: "euros" },
  { cle: "coutParSortiePositive", libelle: "Coût par sortie positive", unite: "euros" },
] as const;

export type CleComparaison = (typeof COLONNES_COMPARAISON)[number]["cle"];
export type LigneComparaison = { territoireId: string; territoire: string } & Record<CleComparaison, number | null> & {
  /** résultats des conventions imputés au territoire (montant en centimes), d'où ses coûts */
  conventions?: { montant: number; parcours: number; dynamiques: number };
};

/** Pour chaque colonne, la valeur la plus haute et la plus basse (null si moins de deux valeurs distinctes). */
export function extremes(lignes: LigneComparaison[]): Record<CleComparaison, { max: number; min: number } | null> {
  const r = {} as Record<CleComparaison, { max: number; min: number } | null>;
  for (const { cle } of COLONNES_COMPARAISON) {
    const valeurs = lignes.map((l) => l[cle]).filter((v): v is number => v !== null);
    const max = Math.max(...valeurs);
    const min = Math.min(...valeurs);
    r[cle] = valeurs.length >= 2 && max !== min ? { max, min } : null;
  }
  return r;
}

/** Tri par une colonne ; les valeurs absentes toujours en dernier ; à égalité, par nom de territoire. */
export function trierComparaison(lignes: LigneComparaison[], cle: CleComparaison | "territoire", ordre: "asc" | "desc"): LigneComparaison[] {
  const signe = ordre === "asc" ? 1 : -1;
  return [...lignes].sort((a, b) => {
    if (cle === "territoire") return signe * ordreAlphabetique.compare(a.territoire, b.territoire);
    const va = a[cle];
    const vb = b[cle];
    if (va === null && vb === null) return ordreAlphabetique.compare(a.territoire, b.territoire);
    if (va === null) return 1;
    if (vb === null) return -1;
    return va === vb ? ordreAlphabetique.compare(a.territoire, b.territoire) : signe * (va - vb);
  });
}
