// Paiements d'une convention : on ne les programme pas sur une convention en instruction, et on ne les
// mandate qu'une fois la convention signée, jamais à une date antérieure à sa signature (issue 14).

export const STATUTS_PAIEMENT_PROGRAMMABLE = ["VOTEE", "SIGNEE", "EN_EXECUTION"] as const;
export const STATUTS_PAIEMENT_MANDATABLE = ["SIGNEE", "EN_EXECUTION"] as const;

export function paiementProgrammable(statut: string): boolean {
  return (STATUTS_PAIEMENT_PROGRAMMABLE as readonly string[]).includes(statut);
}

const formatJour = new Intl.DateTimeFormat("fr-FR", { timeZone: "UTC" });
const fr = (d: Date) => formatJour.format(d);

/** Refus de mandater un paiement (message français), ou null. */
export function refusMandatement(c: { statut: string; dateSignature: Date | null }, dateMandatement: Date): string | null {
  if (!(STATUTS_PAIEMENT_MANDATABLE as readonly string[]).includes(c.statut)) {
    return c.statut === "INSTRUCTION" || c.statut === "VOTEE"
      ? "Un paiement ne se mandate qu'après la signature de la convention."
      : "Cette convention n'accepte plus de mandatement.";
  }
  if (c.dateSignature && dateMandatement < c.dateSignature) return `Le mandatement ne peut pas précéder la signature de la convention (${fr(c.dateSignature)}).`;
  return null;
}
