// Fichier des décisions pour la CAF / MSA : CSV « ; » (UTF-8), une ligne par décision.
import type { TypeDecision } from "./bareme";

export const ENTETE_CSV_CAF = "ORGANISME;NUMDEMRSA;NOM;PRENOM;DATE_NAISSANCE;DECISION;PART_POURCENT;DATE_DEBUT;DATE_FIN;DATE_DECISION";

const CODES: Record<TypeDecision, string> = {
  MAINTIEN: "MAINTIEN",
  SUSPENSION_REMOBILISATION: "SUSPENSION",
  SUPPRESSION_PARTIELLE: "SUPPRESSION_PARTIELLE",
  SUPPRESSION_TOTALE: "SUPPRESSION_TOTALE",
  REORIENTATION: "REORIENTATION",
  RETABLISSEMENT: "RETABLISSEMENT",
};

const jour = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
/** Neutralise une cellule : séparateur, guillemets, et début de formule (=, +, -, @) pour les tableurs. */
const cellule = (v: string) => {
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function ligneCsvCaf(x: { organisme: string; numdemrsa: string; nom: string; prenom: string; dateNaissance: Date; type: TypeDecision; pourcentage: number | null; dateEffet: Date; dateFin: Date | null; decideLe: Date }): string {
  return [x.organisme, x.numdemrsa, x.nom.toUpperCase(), x.prenom, jour(x.dateNaissance), CODES[x.type], x.pourcentage?.toString() ?? "", jour(x.dateEffet), jour(x.dateFin), jour(x.decideLe)].map(cellule).join(";");
}
