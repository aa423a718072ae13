// Dates plausibles d'un contrat d'engagement : durée bornée, début après l'ouverture des droits,
// signature entre la création du contrat et aujourd'hui. TypeScript pur, dates à minuit UTC.
import type { ParametresContrat } from "./parametres";

const jourUTC = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
const formatJour = new Intl.DateTimeFormat("fr-FR", { timeZone: "UTC" });
const fr = (d: Date) => formatJour.format(d);

/** Dernier jour possible pour un contrat qui commence à `debut` et dure au plus `mois` mois. */
export function finMaximale(debut: Date, mois: number): Date {
  return new Date(Date.UTC(debut.getUTCFullYear(), debut.getUTCMonth() + mois, debut.getUTCDate() - 1));
}

/** Fin par défaut (durée maximale) d'un contrat qui commence à `debut`. */
export function finParDefaut(debut: Date, p: Pick<ParametresContrat, "dureeMaxMois">): Date {
  return finMaximale(debut, p.dureeMaxMois);
}

/** Erreurs des dates du contrat, par champ (dateDebut, dateFin). */
export function erreursDatesContrat(
  c: { dateDebut: Date; dateFin: Date },
  contexte: { ouvertureDroits: Date; parametres: Pick<ParametresContrat, "dureeMaxMois"> },
): Record<string, string[]> {
  const erreurs: Record<string, string[]> = {};
  if (jourUTC(c.dateDebut) < jourUTC(contexte.ouvertureDroits)) {
    erreurs.dateDebut = [`Le contrat ne peut pas commencer avant l'ouverture des droits (${fr(contexte.ouvertureDroits)}).`];
  }
  if (jourUTC(c.dateFin) < jourUTC(c.dateDebut)) {
    erreurs.dateFin = ["La fin du contrat doit suivre son début."];
  } else {
    const max = finMaximale(c.dateDebut, contexte.parametres.dureeMaxMois);
    if (jourUTC(c.dateFin) > jourUTC(max)) {
      erreurs.dateFin = [`Un contrat dure au plus ${contexte.parametres.dureeMaxMois} mois : avec ce début, il finit au plus tard le ${fr(max)}.`];
    }
  }
  return erreurs;
}

/** Erreur de la date de signature, ou null : pas avant la création du contrat, pas dans le futur. */
export function erreurDateSignature(signature: Date, contexte: { creeLe: Date; aujourdHui: Date }): string | null {
  if (jourUTC(signature) < jourUTC(contexte.creeLe)) return `La signature ne peut pas précéder la création du contrat (${fr(contexte.creeLe)}).`;
  if (jourUTC(signature) > jourUTC(contexte.aujourdHui)) return "La date de signature ne peut pas être dans le futur.";
  return null;
}
