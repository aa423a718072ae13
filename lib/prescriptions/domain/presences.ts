// Émargement des participants d'une action, semaine par semaine (portail des structures).

export const STATUTS_PRESENCE = ["PRESENT", "ABSENT", "EXCUSE"] as const;
export type StatutPresence = (typeof STATUTS_PRESENCE)[number];
export const LIBELLES_STATUT_PRESENCE: Record<StatutPresence, string> = { PRESENT: "Présent", ABSENT: "Absent", EXCUSE: "Absence excusée" };

/** Au plus 60 heures dans une semaine (contrainte de la table). */
export const HEURES_MAX_SEMAINE = 60;

/** Le lundi (UTC, jour calendaire) de la semaine d'une date : une semaine d'émargement est désignée par son lundi. */
export function lundiDe(d: Date): Date {
  const jour = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const decalage = (jour.getUTCDay() + 6) % 7; // lundi 0 … dimanche 6
  return new Date(jour.getTime() - decalage * 86_400_000);
}

/** Pourquoi une saisie est refusée (message en français), ou null. Absent ou excusé : aucune heure. */
export function refusPresence(statut: StatutPresence, heures: number): string | null {
  if (heures < 0 || heures > HEURES_MAX_SEMAINE) return `Les heures d'une semaine sont entre 0 et ${HEURES_MAX_SEMAINE}.`;
  if (statut !== "PRESENT" && heures > 0) return "Une absence ne compte aucune heure : mettez 0 ou choisissez « Présent ».";
  return null;
}

/**
 * Taux d'assiduité : semaines de présence ÷ semaines attendues (présent + absent) ; une absence excusée
 * n'est pas attendue. Null sans semaine attendue. Même règle en SQL (taux_assiduite, voir la requête des bilans).
 */
export function tauxAssiduite(presences: { statut: StatutPresence }[]): number | null {
  const presents = presences.filter((p) => p.statut === "PRESENT").length;
  const attendues = presents + presences.filter((p) => p.statut === "ABSENT").length;
  return attendues > 0 ? presents / attendues : null;
}
