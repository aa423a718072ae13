// Règles du contrat d'engagement (loi pour le plein emploi ; D2 L138-146, L889-916). TypeScript pur.

export const HEURES_MINIMUM = 15;
export const DUREE_LEGALE_TRAVAIL = 35;
export const MOTIFS_EXEMPTION = {
  SANTE: "État de santé",
  HANDICAP: "Handicap",
  INVALIDITE: "Invalidité",
  PARENT_ISOLE: "Parent isolé sans solution de garde pour un enfant de moins de 12 ans",
} as const;
export type MotifExemption = keyof typeof MOTIFS_EXEMPTION;
export const CATEGORIES_ACTIVITE = { ADMINISTRATIVE: "Administrative", SOCIALE: "Sociale", PROFESSIONNELLE: "Professionnelle", MEDICALE: "Médicale" } as const;
export const MODES_ACTIVITE = { COLLECTIVE: "Collective", ACCOMPAGNEE: "Accompagnée", AUTONOME: "Autonome" } as const;

export interface PlanContrat {
  objectifs: { libelle: string; activites: { libelle: string; heuresHebdo: number }[] }[];
  motifMinoration: string | null;
  motifExemption: string | null;
  heuresSalariees: number | null;
}

export function heuresHebdomadaires(plan: Pick<PlanContrat, "objectifs">): number {
  return plan.objectifs.reduce((t, o) => t + o.activites.reduce((s, a) => s + a.heuresHebdo, 0), 0);
}

/**
 * Erreurs du plan, par champ (clé « _ » pour le plan entier). Règles :
 * - au moins un objectif, chacun avec un libellé ;
 * - sans exemption : au moins 15 h par semaine, ou moins avec un motif de minoration, jamais zéro ;
 * - exemption (santé, handicap, invalidité, parent isolé…) : seul cas sans heures ;
 * - avec une activité salariée, activités + travail ne dépassent pas la durée légale (35 h).
 */
export function erreursPlan(plan: PlanContrat): Record<string, string[]> {
  const erreurs: Record<string, string[]> = {};
  const ajouter = (cle: string, message: string) => (erreurs[cle] ??= []).push(message);
  if (plan.objectifs.length === 0) ajouter("_", "Le contrat doit comporter au moins un objectif.");
  plan.objectifs.forEach((o, i) => {
    if (!o.libelle.trim()) ajouter(`objectifs.${i}.libelle`, "Donnez un libellé à l'objectif.");
    o.activites.forEach((a, j) => {
      if (!a.libelle.trim()) ajouter(`objectifs.${i}.activites.${j}.libelle`, "Décrivez l'activité.");
      if (!(a.heuresHebdo >= 0)) ajouter(`objectifs.${i}.activites.${j}.heuresHebdo`, "Les heures doivent être un nombre positif.");
    });
  });
  const heures = heuresHebdomadaires(plan);
  if (plan.motifExemption) {
    if (!(plan.motifExemption in MOTIFS_EXEMPTION)) ajouter("motifExemption", "Motif d'exemption inconnu.");
  } else if (heures === 0) {
    ajouter("_", `Sans motif d'exemption, le contrat prévoit des heures d'activité : au moins ${HEURES_MINIMUM} h par semaine, ou moins avec un motif de minoration.`);
  } else if (heures < HEURES_MINIMUM && !plan.motifMinoration?.trim()) {
    ajouter("motifMinoration", `Le plan prévoit ${formaterHeures(heures)} par semaine, moins de ${HEURES_MINIMUM} h : indiquez le motif de la minoration.`);
  }
  const salariees = plan.heuresSalariees ?? 0;
  if (salariees > 0 && heures + salariees > DUREE_LEGALE_TRAVAIL) {
    ajouter("heuresSalariees", `Avec ${formaterHeures(salariees)} de travail salarié, les activités ne peuvent pas dépasser ${formaterHeures(DUREE_LEGALE_TRAVAIL - salariees)} par semaine (durée légale : ${DUREE_LEGALE_TRAVAIL} h).`);
  }
  return erreurs;
}

const formatHeures = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });
export function formaterHeures(h: number): string {
  return `${formatHeures.format(h)}\u00a0h`;
}

// --- cycle de vie -------------------------------------------------------------------------------

export type StatutContrat = "BROUILLON" | "SIGNE" | "VALIDE" | "EN_COURS" | "ECHU" | "ROMPU" | "RENOUVELE";
export const LIBELLES_STATUT_CONTRAT: Record<StatutContrat, string> = {
  BROUILLON: "Brouillon",
  SIGNE: "Signé",
  VALIDE: "Validé",
  EN_COURS: "En cours",
  ECHU: "Échu",
  ROMPU: "Rompu",
  RENOUVELE: "Renouvelé",
};
export type EvenementContrat = "signer" | "valider" | "demarrer" | "echoir" | "rompre" | "renouveler";

const TRANSITIONS: Record<EvenementContrat, { depuis: StatutContrat[]; vers: StatutContrat }> = {
  signer: { depuis: ["BROUILLON"], vers: "SIGNE" },
  valider: { depuis: ["SIGNE"], vers: "VALIDE" },
  demarrer: { depuis: ["VALIDE"], vers: "EN_COURS" },
  echoir: { depuis: ["EN_COURS"], vers: "ECHU" },
  rompre: { depuis: ["SIGNE", "VALIDE", "EN_COURS"], vers: "ROMPU" },
  renouveler: { depuis: ["EN_COURS", "ECHU"], vers: "RENOUVELE" },
};

/** Statut après l'événement, ou un message d'erreur en français. */
export function transition(statut: StatutContrat, evenement: EvenementContrat): { ok: true; vers: StatutContrat } | { ok: false; message: string } {
  const t = TRANSITIONS[evenement];
  if (!t.depuis.includes(statut)) {
    return { ok: false, message: `Un contrat « ${LIBELLES_STATUT_CONTRAT[statut].toLowerCase()} » ne peut pas être ${LIBELLES_EVENEMENT[evenement]}.` };
  }
  return { ok: true, vers: t.vers };
}

const LIBELLES_EVENEMENT: Record<EvenementContrat, string> = {
  signer: "signé",
  valider: "validé",
  demarrer: "mis en cours",
  echoir: "déclaré échu",
  rompre: "rompu",
  renouveler: "renouvelé",
};

/** Seul le brouillon se modifie ; ensuite le contrat est figé (on le rompt ou on le renouvelle). */
export function modifiable(statut: StatutContrat): boolean {
  return statut === "BROUILLON";
}
