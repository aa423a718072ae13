// Cycle d'une prescription : proposée → acceptée / refusée (motif) → entrée → sortie (type) / abandon (motif).

export type StatutPrescription = "PROPOSEE" | "ACCEPTEE" | "REFUSEE" | "ENTREE" | "SORTIE" | "ABANDON";
export type EvenementPrescription = "accepter" | "refuser" | "entrer" | "sortir" | "abandonner";

export const LIBELLES_STATUT_PRESCRIPTION: Record<StatutPrescription, string> = {
  PROPOSEE: "Proposée",
  ACCEPTEE: "Acceptée",
  REFUSEE: "Refusée",
  ENTREE: "Entrée sur l'action",
  SORTIE: "Sortie",
  ABANDON: "Abandon",
};

const DEPUIS: Record<EvenementPrescription, { depuis: StatutPrescription[]; vers: StatutPrescription }> = {
  accepter: { depuis: ["PROPOSEE"], vers: "ACCEPTEE" },
  refuser: { depuis: ["PROPOSEE"], vers: "REFUSEE" },
  entrer: { depuis: ["ACCEPTEE"], vers: "ENTREE" },
  sortir: { depuis: ["ENTREE"], vers: "SORTIE" },
  abandonner: { depuis: ["ACCEPTEE", "ENTREE"], vers: "ABANDON" },
};

export function transitionPrescription(statut: StatutPrescription, e: EvenementPrescription): { ok: true; vers: StatutPrescription } | { ok: false; message: string } {
  const t = DEPUIS[e];
  if (!t.depuis.includes(statut)) return { ok: false, message: `Impossible depuis l'état « ${LIBELLES_STATUT_PRESCRIPTION[statut].toLowerCase()} ».` };
  return { ok: true, vers: t.vers };
}

/** Variation du nombre de participants en cours de l'action (entrée +1, sortie ou abandon après entrée −1). */
export function effetSurParticipants(avant: StatutPrescription, apres: StatutPrescription): number {
  if (apres === "ENTREE") return 1;
  if (avant === "ENTREE" && (apres === "SORTIE" || apres === "ABANDON")) return -1;
  return 0;
}
