// Bilans saisis en ligne par les structures (decisions/1703). Aucune dépendance d'infrastructure.

export const STATUTS_BILAN = ["BROUILLON", "SOUMIS", "VALIDE", "RENVOYE"] as const;
export type StatutBilan = (typeof STATUTS_BILAN)[number];
export type EvenementBilan = "soumettre" | "valider" | "renvoyer";

export const LIBELLES_STATUT_BILAN: Record<StatutBilan, string> = { BROUILLON: "Brouillon", SOUMIS: "Soumis, à valider", VALIDE: "Validé", RENVOYE: "Renvoyé à la structure" };
export const LIBELLES_EVENEMENT_BILAN: Record<EvenementBilan, string> = { soumettre: "Soumettre le bilan", valider: "Valider le bilan", renvoyer: "Renvoyer à la structure" };

const TRANSITIONS: Record<StatutBilan, Partial<Record<EvenementBilan, StatutBilan>>> = {
  BROUILLON: { soumettre: "SOUMIS" },
  RENVOYE: { soumettre: "SOUMIS" },
  SOUMIS: { valider: "VALIDE", renvoyer: "RENVOYE" },
  VALIDE: {},
};

/** La structure soumet ; le chargé de mission valide ou renvoie. */
export const ROLE_EVENEMENT: Record<EvenementBilan, "structure" | "departement"> = { soumettre: "structure", valider: "departement", renvoyer: "departement" };

export function transitionBilan(statut: StatutBilan, e: EvenementBilan): { ok: true; vers: StatutBilan } | { ok: false; message: string } {
  const vers = TRANSITIONS[statut][e];
  return vers ? { ok: true, vers } : { ok: false, message: `Un bilan « ${LIBELLES_STATUT_BILAN[statut].toLowerCase()} » ne peut pas être ${e === "soumettre" ? "soumis" : e === "valider" ? "validé" : "renvoyé"}.` };
}

export function evenementsBilan(statut: StatutBilan, droits: { structure: boolean; departement: boolean }): EvenementBilan[] {
  return (Object.keys(TRANSITIONS[statut]) as EvenementBilan[]).filter((e) => droits[ROLE_EVENEMENT[e]]);
}

/** Délai de remise du bilan final après la fin de la convention. */
export const DELAI_BILAN_FINAL_JOURS = 90;

/**
 * Bilan final en retard : la convention est finie depuis plus de 90 jours et aucun bilan final n'est
 * soumis ni validé (un brouillon ou un bilan renvoyé ne compte pas). Renvoie l'échéance dépassée, ou null.
 */
export function bilanFinalEnRetard(dateFin: Date, bilans: { type: string; statut: string }[], aujourdHui: Date): Date | null {
  const echeance = new Date(dateFin.getTime() + DELAI_BILAN_FINAL_JOURS * 86_400_000);
  if (aujourdHui <= echeance) return null;
  const remis = bilans.some((b) => b.type === "FINAL" && (b.statut === "SOUMIS" || b.statut === "VALIDE"));
  return remis ? null : echeance;
}
