// Règles d'une convention (TypeScript pur) : montant courant, plafond des paiements, cycle de vie.
import { formaterEuros } from "@/lib/format";

export type StatutConvention = "INSTRUCTION" | "VOTEE" | "SIGNEE" | "EN_EXECUTION" | "SOLDEE" | "RESILIEE";

export const LIBELLES_STATUT: Record<StatutConvention, string> = {
  INSTRUCTION: "En instruction",
  VOTEE: "Votée en Commission permanente",
  SIGNEE: "Signée",
  EN_EXECUTION: "En exécution",
  SOLDEE: "Soldée",
  RESILIEE: "Résiliée",
};

/** Transitions permises : on avance dans l'ordre ; la résiliation est possible tant que ce n'est pas soldé. */
export const TRANSITIONS: Record<StatutConvention, StatutConvention[]> = {
  INSTRUCTION: ["VOTEE", "RESILIEE"],
  VOTEE: ["SIGNEE", "RESILIEE"],
  SIGNEE: ["EN_EXECUTION", "RESILIEE"],
  EN_EXECUTION: ["SOLDEE", "RESILIEE"],
  SOLDEE: [],
  RESILIEE: [],
};

export interface EtatConvention {
  statut: StatutConvention;
  cpDate: Date | null;
  cpRapport: string | null;
  dateSignature: Date | null;
  montantCourant: number | null;
  paye: number; // paiements mandatés
  prevuNonMandate: number;
}

/** Pourquoi une transition est refusée (message en français), ou null si elle est permise. */
export function refusTransition(c: EtatConvention, vers: StatutConvention): string | null {
  if (!TRANSITIONS[c.statut].includes(vers)) return `Une convention « ${LIBELLES_STATUT[c.statut].toLowerCase()} » ne peut pas passer à « ${LIBELLES_STATUT[vers].toLowerCase()} ».`;
  if (vers === "VOTEE" && (!c.cpDate || !c.cpRapport)) return "Renseignez la date et le numéro du rapport de la Commission permanente avant de marquer la convention votée.";
  if (vers === "SIGNEE" && !c.dateSignature) return "Renseignez la date de signature.";
  if (vers === "SOLDEE") {
    if (c.prevuNonMandate > 0) return "Des paiements prévus ne sont pas mandatés : mandatez-les ou supprimez-les avant de solder.";
    if (c.montantCourant !== null && c.paye !== c.montantCourant) return "La convention ne peut être soldée que lorsque son montant est entièrement mandaté.";
  }
  return null;
}

export function montantCourant(initial: number | null, deltasAvenants: number[]): number | null {
  if (initial === null) return null;
  return initial + deltasAvenants.reduce((a, b) => a + b, 0);
}

/** Un nouveau paiement (prévu ou mandaté) ne doit jamais porter le total au-delà du montant. */
export function refusPaiement(montant: number | null, dejaProgramme: number, nouveau: number): string | null {
  if (nouveau <= 0) return "Le montant du paiement doit être positif.";
  if (montant === null) return "Le montant de la convention n'est pas renseigné : impossible de programmer un paiement.";
  if (dejaProgramme + nouveau > montant) {
    const reste = Math.max(0, montant - dejaProgramme);
    return `Ce paiement dépasserait le montant de la convention : il reste ${formaterEuros(reste)} à programmer.`;
  }
  return null;
}

/** Écart d'un indicateur à sa cible (valeur / cible), ou null sans cible. */
export function atteinte(cible: number | null, valeur: number): number | null {
  return cible && cible > 0 ? valeur / cible : null;
}

/** Une valeur d'indicateur sous sa cible doit être justifiée (« justification des écarts »). */
export function justificationManquante(cible: number | null, valeur: number, justification: string | null): boolean {
  return cible !== null && valeur < cible && !justification?.trim();
}

/** Les sorties déclarées ne peuvent pas dépasser le nombre de participants. */
export function sortiesExcessives(participants: number, sorties: number[]): boolean {
  return sorties.reduce((a, b) => a + b, 0) > participants;
}
