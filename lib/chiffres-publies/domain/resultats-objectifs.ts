// Résultats et objectifs publiés, lus ligne à ligne : un objectif (indicateur préfixé OBJECTIF_) se place
// en face du résultat de même indicateur, de même année et de même dimension. Aucune dépendance.

export const PREFIXE_OBJECTIF = "OBJECTIF_";

export interface ChiffreBrut {
  indicateur: string;
  dimension: string;
  libelle: string;
  valeur: number;
  unite: string;
  annee: number;
  source: string;
}

export interface LigneResultat {
  annee: number;
  /** indicateur sans le préfixe OBJECTIF_ */
  indicateur: string;
  dimension: string;
  libelle: string;
  unite: string;
  objectif: number | null;
  resultat: number | null;
  /** « D1 L809 », une ou deux sources (objectif, résultat), sans doublon */
  sources: string[];
}

export const estObjectif = (indicateur: string) => indicateur.startsWith(PREFIXE_OBJECTIF);
export const indicateurDeBase = (indicateur: string) => (estObjectif(indicateur) ? indicateur.slice(PREFIXE_OBJECTIF.length) : indicateur);

/** « Objectif : … », « Objectif 2020 : … » : le libellé d'un objectif sans son préfixe, pour la ligne appariée. */
function libelleSansObjectif(libelle: string): string {
  const m = /^Objectif(?: \d{4})? : (.*)$/.exec(libelle);
  return m ? m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1) : libelle;
}

/** Apparie objectifs et résultats ; l'ordre est celui des chiffres (l'ordre du document), par année. */
export function apparierObjectifs(chiffres: ChiffreBrut[]): LigneResultat[] {
  const lignes = new Map<string, LigneResultat>();
  for (const c of chiffres) {
    const base = indicateurDeBase(c.indicateur);
    const cle = `${c.annee}|${base}|${c.dimension}`;
    const l = lignes.get(cle) ?? { annee: c.annee, indicateur: base, dimension: c.dimension, libelle: libelleSansObjectif(c.libelle), unite: c.unite, objectif: null, resultat: null, sources: [] };
    if (estObjectif(c.indicateur)) l.objectif = c.valeur;
    else {
      l.resultat = c.valeur;
      l.libelle = c.libelle; // le libellé du résultat prime
    }
    if (!l.sources.includes(c.source)) l.sources.push(c.source);
    lignes.set(cle, l);
  }
  return [...lignes.values()].sort((a, b) => a.annee - b.annee);
}

/** Part en pourcentage arrondie au dixième ; null sans dénominateur. */
export const pourcentage = (n: number, d: number): number | null => (d ? Math.round((1000 * n) / d) / 10 : null);

/** Participations d'une action (prescriptions) sur une année : ce que l'application sait calculer. */
export interface ParticipationsAnnee {
  entrees: number;
  proposees: number;
  sorties: number;
  abandons: number;
  durable: number;
  transition: number;
  positive: number;
}

export const AUCUNE_PARTICIPATION: ParticipationsAnnee = { entrees: 0, proposees: 0, sorties: 0, abandons: 0, durable: 0, transition: 0, positive: 0 };

/**
 * Ce que l'application calcule pour un indicateur publié de l'évaluation d'une action (indicateur sans
 * préfixe OBJECTIF_ : un objectif se lit en face du même calcul). Une dimension (public, type) n'est pas
 * calculée. null : pas de calcul correspondant.
 */
export function calculAction(indicateur: string, dimension: string, r: ParticipationsAnnee, capacite: number | null): number | null {
  if (dimension) return null;
  const dynamiques = r.durable + r.transition + r.positive;
  switch (indicateur) {
    case "PARTICIPANTS":
      return r.entrees;
    case "SORTIES":
      return r.sorties;
    case "ABANDONS":
      return r.abandons;
    case "SORTIES_DYNAMIQUES":
    case "SORTIES_POSITIVES":
      return dynamiques;
    case "SORTIES_EMPLOI":
      return r.durable + r.transition;
    case "TAUX_SORTIES_DYNAMIQUES":
    case "TAUX_SORTIES_POSITIVES":
      return pourcentage(dynamiques, r.sorties);
    case "TAUX_EMPLOI_DURABLE":
      return pourcentage(r.durable, r.sorties);
    case "TAUX_EMPLOI_TRANSITION":
      return pourcentage(r.transition, r.sorties);
    case "TAUX_SORTIE_POSITIVE":
      return pourcentage(r.positive, r.sorties);
    case "TAUX_PARTICIPATION":
      return capacite ? pourcentage(r.entrees, capacite) : null;
    case "CONVENTIONNES":
    case "ETP_CONVENTIONNES":
      return capacite;
    default:
      return null;
  }
}

/** indicateurs publiés qui demandent de compter les personnes une à une (âges, enfants compris) */
const INDICATEURS_PERSONNES = ["PERSONNES_COUVERTES", "TAUX_COUVERTURE", "PART_FEMMES", "PART_HOMMES", "PART_18_25", "PART_26_35"];

/**
 * Faut-il compter les personnes une à une (parcours de toutes les personnes du périmètre) ? Seulement si un
 * chiffre publié comparé à un calcul le demande : les chiffres de contexte (INSEE, baromètres) sont montrés
 * sans calcul en regard, leur « part des femmes » ne coûte donc pas ce parcours.
 */
export function demandeComptagePersonnes(publies: { indicateur: string; theme: string; action?: unknown }[]) {
  return publies.some((p) => !p.action && p.theme !== "CONTEXTE" && INDICATEURS_PERSONNES.includes(p.indicateur));
}

