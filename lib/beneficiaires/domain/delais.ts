// Délais d'orientation et de contractualisation (D2 L867-868) et ce que le référent doit faire.

export const DELAI_ORIENTATION_JOURS = 15;
export const DELAI_CONTRAT_JOURS = 30;
export const ALERTE_ECHEANCE_JOURS = 30;

const JOUR = 86_400_000;
export function joursEntre(debut: Date, fin: Date): number {
  return Math.round((Date.UTC(fin.getUTCFullYear(), fin.getUTCMonth(), fin.getUTCDate()) - Date.UTC(debut.getUTCFullYear(), debut.getUTCMonth(), debut.getUTCDate())) / JOUR);
}

export interface SituationParcours {
  ouvertureDroits: Date;
  premiereOrientation: Date | null;
  premierContratSigne: Date | null;
  contratActif: { dateFin: Date } | null;
  prescriptionRefusee: boolean;
}

export type Alerte = "SANS_CONTRAT" | "ECHEANCE_PROCHE" | "DELAI_ORIENTATION_DEPASSE" | "DELAI_CONTRAT_DEPASSE" | "PRESCRIPTION_REFUSEE";
export const LIBELLES_ALERTES: Record<Alerte, string> = {
  SANS_CONTRAT: "Sans contrat en cours",
  ECHEANCE_PROCHE: "Contrat à échéance dans moins de 30 jours",
  DELAI_ORIENTATION_DEPASSE: "Pas orienté après 15 jours",
  DELAI_CONTRAT_DEPASSE: "Pas de contrat après 30 jours",
  PRESCRIPTION_REFUSEE: "Prescription refusée",
};

/**
 * Délais mesurés depuis l'ouverture de la période de droits EN COURS : une période (orientation, contrat)
 * déjà terminée à cette ouverture ne compte pas ; une période encore en vigueur à l'ouverture compte à la
 * date de l'ouverture (délai nul, jamais négatif). Double SQL : debut_dans_periode_droits() (migration
 * 20261201300000_delais_periode_droits), comparés par un test de parité.
 */
export function debutDansPeriodeDroits(debut: Date | null, fin: Date | null, ouverture: Date): Date | null {
  if (debut === null) return null;
  if (fin !== null && fin < ouverture) return null;
  return debut < ouverture ? ouverture : debut;
}

/** Le premier début compté dans la période de droits en cours (null : aucun). */
export function premierDansPeriodeDroits(periodes: { debut: Date | null; fin: Date | null }[], ouverture: Date): Date | null {
  let premier: Date | null = null;
  for (const p of periodes) {
    const d = debutDansPeriodeDroits(p.debut, p.fin, ouverture);
    if (d && (!premier || d < premier)) premier = d;
  }
  return premier;
}

/** Délai entre l'ouverture des droits et l'évènement (ou aujourd'hui s'il n'a pas eu lieu). */
export function delai(ouverture: Date, evenement: Date | null, aujourdHui: Date): { jours: number; depasse: (limite: number) => boolean; atteint: boolean } {
  const jours = joursEntre(ouverture, evenement ?? aujourdHui);
  return { jours, atteint: evenement !== null, depasse: (limite) => jours > limite };
}

export function alertes(s: SituationParcours, aujourdHui: Date): Alerte[] {
  const liste: Alerte[] = [];
  if (!s.contratActif) liste.push("SANS_CONTRAT");
  else if (joursEntre(aujourdHui, s.contratActif.dateFin) <= ALERTE_ECHEANCE_JOURS) liste.push("ECHEANCE_PROCHE");
  // ce qui reste à faire : pas encore d'orientation (ou de contrat) alors que le délai est passé ;
  // un retard déjà rattrapé reste visible dans le dossier, il n'est plus une tâche
  if (!s.premiereOrientation && delai(s.ouvertureDroits, null, aujourdHui).depasse(DELAI_ORIENTATION_JOURS)) liste.push("DELAI_ORIENTATION_DEPASSE");
  if (!s.premierContratSigne && delai(s.ouvertureDroits, null, aujourdHui).depasse(DELAI_CONTRAT_JOURS)) liste.push("DELAI_CONTRAT_DEPASSE");
  if (s.prescriptionRefusee) liste.push("PRESCRIPTION_REFUSEE");
  return liste;
}

/** Deux périodes [début, fin] (fin ouverte = null) se chevauchent-elles ? */
export function chevauchent(a: { debut: Date; fin: Date | null }, b: { debut: Date; fin: Date | null }): boolean {
  const finA = a.fin?.getTime() ?? Infinity;
  const finB = b.fin?.getTime() ?? Infinity;
  return a.debut.getTime() <= finB && b.debut.getTime() <= finA;
}

/** Tranche d'âge des tableaux des pôles (D2 partie 3). */
export const TRANCHES_AGE = ["0-24", "25-29", "30-34", "35-39", "40-44", "45-49", "50-54", "55-59", "60+"] as const;
export function trancheAge(naissance: Date, reference: Date): (typeof TRANCHES_AGE)[number] {
  let age = reference.getUTCFullYear() - naissance.getUTCFullYear();
  if (reference.getUTCMonth() < naissance.getUTCMonth() || (reference.getUTCMonth() === naissance.getUTCMonth() && reference.getUTCDate() < naissance.getUTCDate())) age--;
  if (age < 25) return "0-24";
  if (age >= 60) return "60+";
  return TRANCHES_AGE[Math.floor((age - 25) / 5) + 1]!;
}

/** NIR masqué pour l'affichage : seuls le sexe, l'année et la clé restent lisibles. */
export function masquerNir(nir: string): string {
  const n = nir.replace(/\s/g, "");
  if (!/^[12]\d{12}(\d{2})?$/.test(n)) return "NIR invalide";
  return `${n[0]} ${n.slice(1, 3)} ** ** *** ***${n.length === 15 ? ` ${n.slice(13)}` : ""}`;
}
