// Instruction d'une situation : du déclencheur à la décision. Une décision n'est possible qu'une fois la
// personne informée et mise en mesure de présenter ses observations : observations reçues, ou délai échu.

export type StatutSituation = "A_EXAMINER" | "INSCRITE" | "INFORMEE" | "AVIS_RENDU" | "DECIDEE" | "CLASSEE";
export type MotifSituation = "ABSENCE_CONTRAT" | "NON_RENOUVELLEMENT" | "ABSENCES_REPETEES" | "NON_RESPECT_ENGAGEMENTS" | "RADIATION_FRANCE_TRAVAIL" | "REFUS_SIGNATURE";

export const LIBELLES_MOTIF: Record<MotifSituation, string> = {
  ABSENCE_CONTRAT: "Pas de contrat après l'orientation",
  NON_RENOUVELLEMENT: "Contrat échu non renouvelé",
  ABSENCES_REPETEES: "Absences répétées non excusées",
  NON_RESPECT_ENGAGEMENTS: "Non-respect des engagements",
  RADIATION_FRANCE_TRAVAIL: "Radiation de France Travail",
  REFUS_SIGNATURE: "Refus de signer le contrat",
};

/** Motifs qu'un référent signale lui-même (les autres sont détectés par la tâche quotidienne). */
export const MOTIFS_SIGNALES: MotifSituation[] = ["NON_RESPECT_ENGAGEMENTS", "RADIATION_FRANCE_TRAVAIL", "REFUS_SIGNATURE", "ABSENCES_REPETEES"];

export const LIBELLES_STATUT_SITUATION: Record<StatutSituation, string> = {
  A_EXAMINER: "À examiner",
  INSCRITE: "Inscrite à une session",
  INFORMEE: "Personne informée, observations attendues",
  AVIS_RENDU: "Avis rendu",
  DECIDEE: "Décidée",
  CLASSEE: "Classée sans suite",
};

export const LIBELLES_INSTANCE = { EP_TERRITORIALE: "Équipe pluridisciplinaire territoriale", EP_DEPARTEMENTALE: "Équipe pluridisciplinaire départementale", COMMISSION_RSA: "Commission RSA" } as const;

export interface EtatInstruction {
  statut: StatutSituation;
  informeeLe: Date | null;
  dateLimiteObservations: Date | null;
  observationsLe: Date | null;
}

const jour = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());

/** Date limite des observations : n jours après l'information. */
export function dateLimiteObservations(informeeLe: Date, delaiJours: number): Date {
  return new Date(jour(informeeLe) + delaiJours * 86_400_000);
}

/** La personne a-t-elle été mise en mesure de présenter ses observations ? (sinon : pourquoi) */
export function observationsPurgees(s: EtatInstruction, aujourdHui: Date): { ok: true } | { ok: false; message: string } {
  if (!s.informeeLe || !s.dateLimiteObservations) return { ok: false, message: "La personne n'a pas encore été informée de l'examen de sa situation." };
  if (s.observationsLe) return { ok: true };
  if (jour(aujourdHui) <= jour(s.dateLimiteObservations)) {
    return { ok: false, message: `La personne peut présenter ses observations jusqu'au ${new Date(s.dateLimiteObservations).toLocaleDateString("fr-FR", { timeZone: "UTC" })} : aucun avis ni décision avant cette date, sauf observations reçues.` };
  }
  return { ok: true };
}

export type EvenementSituation = "inscrire" | "informer" | "observer" | "aviser" | "decider" | "classer";

const TRANSITIONS: Record<EvenementSituation, { depuis: StatutSituation[]; vers: StatutSituation }> = {
  inscrire: { depuis: ["A_EXAMINER", "INSCRITE"], vers: "INSCRITE" },
  informer: { depuis: ["INSCRITE"], vers: "INFORMEE" },
  observer: { depuis: ["INFORMEE"], vers: "INFORMEE" },
  aviser: { depuis: ["INFORMEE"], vers: "AVIS_RENDU" },
  decider: { depuis: ["AVIS_RENDU"], vers: "DECIDEE" },
  classer: { depuis: ["A_EXAMINER", "INSCRITE", "INFORMEE"], vers: "CLASSEE" },
};

const MESSAGES: Record<EvenementSituation, string> = {
  inscrire: "Seule une situation pas encore instruite peut être inscrite à une session.",
  informer: "Inscrivez d'abord la situation à une session avant d'informer la personne.",
  observer: "Les observations s'enregistrent après l'information de la personne et avant l'avis.",
  aviser: "L'avis suit l'information de la personne.",
  decider: "La décision suit l'avis de l'équipe pluridisciplinaire ou de la commission.",
  classer: "Cette situation ne peut plus être classée.",
};

/** Transition autorisée ? L'avis et la décision exigent en plus que le délai des observations soit purgé. */
export function transitionSituation(s: EtatInstruction, evenement: EvenementSituation, aujourdHui: Date): { ok: true; vers: StatutSituation } | { ok: false; message: string } {
  const t = TRANSITIONS[evenement];
  if (!t.depuis.includes(s.statut)) return { ok: false, message: MESSAGES[evenement] };
  if (evenement === "aviser" || evenement === "decider") {
    const o = observationsPurgees(s, aujourdHui);
    if (!o.ok) return o;
  }
  return { ok: true, vers: t.vers };
}
