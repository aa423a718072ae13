// Barème des sanctions du RSA (loi du 18 décembre 2023, décret du 30 mai 2025) :
// - premier manquement : suspension de 30 % à 100 % de l'allocation, pour 1 à 2 mois ;
// - manquement renouvelé : suspension de 30 % à 100 % pour 1 à 4 mois, ou suppression (partielle ou totale) ;
// - pour un foyer de plus d'une personne, la part suspendue ou supprimée ne dépasse pas 50 %.
// Les sommes suspendues sont restituées si la personne se remobilise, dans la limite de trois mois de RSA.

export const TYPES_DECISION = ["MAINTIEN", "SUSPENSION_REMOBILISATION", "SUPPRESSION_PARTIELLE", "SUPPRESSION_TOTALE", "REORIENTATION", "RETABLISSEMENT"] as const;
export type TypeDecision = (typeof TYPES_DECISION)[number];

export const LIBELLES_DECISION: Record<TypeDecision, string> = {
  MAINTIEN: "Maintien de l'allocation",
  SUSPENSION_REMOBILISATION: "Suspension-remobilisation",
  SUPPRESSION_PARTIELLE: "Suppression partielle",
  SUPPRESSION_TOTALE: "Suppression totale",
  REORIENTATION: "Réorientation",
  RETABLISSEMENT: "Rétablissement des droits",
};

export const POURCENTAGE_MIN = 30;
export const POURCENTAGE_MAX = 100;
export const PLAFOND_FOYER_PLURIEL = 50;
export const DUREE_MAX_PREMIER = 2;
export const DUREE_MAX_RENOUVELE = 4;
export const MOIS_RESTITUABLES = 3;

export interface SaisieSanction {
  type: TypeDecision;
  /** vrai si la personne a déjà fait l'objet d'une suspension ou d'une suppression */
  recidive: boolean;
  personnesFoyer: number;
  pourcentage: number | null;
  dureeMois: number | null;
}

export type ErreursSanction = Partial<Record<"type" | "pourcentage" | "dureeMois", string>>;

/** Vrai si la décision retire tout ou partie de l'allocation (et entre donc dans le barème). */
export const estSanction = (type: TypeDecision) => type === "SUSPENSION_REMOBILISATION" || type === "SUPPRESSION_PARTIELLE" || type === "SUPPRESSION_TOTALE";

/** Part maximale selon la taille du foyer. */
export const pourcentageMax = (personnesFoyer: number) => (personnesFoyer > 1 ? PLAFOND_FOYER_PLURIEL : POURCENTAGE_MAX);

/** Vérifie une décision contre le barème ; renvoie les erreurs par champ (vide si conforme). */
export function verifierBareme(s: SaisieSanction): ErreursSanction {
  const erreurs: ErreursSanction = {};
  if (!estSanction(s.type)) return erreurs;
  const max = pourcentageMax(s.personnesFoyer);
  if ((s.type === "SUPPRESSION_PARTIELLE" || s.type === "SUPPRESSION_TOTALE") && !s.recidive) {
    erreurs.type = "La suppression n'est possible qu'en cas de manquement renouvelé ; pour un premier manquement, choisissez une suspension-remobilisation.";
    return erreurs;
  }
  if (s.type === "SUPPRESSION_TOTALE") {
    if (s.personnesFoyer > 1) erreurs.type = `Pour un foyer de plus d'une personne, la part supprimée ne peut dépasser ${PLAFOND_FOYER_PLURIEL} % : choisissez une suppression partielle.`;
    return erreurs;
  }
  if (s.pourcentage === null) erreurs.pourcentage = "Indiquez la part de l'allocation concernée.";
  else if (s.pourcentage < POURCENTAGE_MIN || s.pourcentage > max) {
    erreurs.pourcentage =
      s.pourcentage > max && max < POURCENTAGE_MAX
        ? `Pour un foyer de plus d'une personne, la part ne peut dépasser ${max} % (saisi : ${s.pourcentage} %).`
        : `La part doit être comprise entre ${POURCENTAGE_MIN} % et ${max} % (saisi : ${s.pourcentage} %).`;
  }
  if (s.type === "SUSPENSION_REMOBILISATION") {
    const dureeMax = s.recidive ? DUREE_MAX_RENOUVELE : DUREE_MAX_PREMIER;
    if (s.dureeMois === null) erreurs.dureeMois = "Indiquez la durée de la suspension.";
    else if (s.dureeMois < 1 || s.dureeMois > dureeMax) {
      erreurs.dureeMois = `${s.recidive ? "Pour un manquement renouvelé" : "Pour un premier manquement"}, la suspension dure de 1 à ${dureeMax} mois (saisi : ${s.dureeMois}).`;
    }
  }
  return erreurs;
}

/** Montant mensuel du RSA du foyer (forfait personne seule, +50 % pour la 2e personne, +30 % ensuite). */
export function montantRsaFoyer(forfaitCentimes: number, personnesFoyer: number): number {
  const n = Math.max(1, personnesFoyer);
  const coefficient = 1 + (n >= 2 ? 0.5 : 0) + Math.max(0, n - 2) * 0.3;
  return Math.round(forfaitCentimes * coefficient);
}

/** Sommes retenues : part × montant mensuel × durée (suppression : comptée sur un mois à la décision). */
export function montantSuspendu(type: TypeDecision, pourcentage: number | null, dureeMois: number | null, mensuelCentimes: number): number {
  if (!estSanction(type)) return 0;
  const part = type === "SUPPRESSION_TOTALE" ? 100 : (pourcentage ?? 0);
  const mois = type === "SUSPENSION_REMOBILISATION" ? (dureeMois ?? 0) : 1;
  return Math.round((mensuelCentimes * part * mois) / 100);
}

/** Restitution à la remobilisation : les sommes retenues, dans la limite de trois mois de RSA. */
export function montantRestituable(suspenduCentimes: number, mensuelCentimes: number): number {
  return Math.min(suspenduCentimes, MOIS_RESTITUABLES * mensuelCentimes);
}

/** Date de fin d'une suspension de n mois commençant à dateEffet (veille du même jour n mois plus tard). */
export function finSuspension(dateEffet: Date, dureeMois: number): Date {
  return new Date(Date.UTC(dateEffet.getUTCFullYear(), dateEffet.getUTCMonth() + dureeMois, dateEffet.getUTCDate() - 1));
}
