/** Règles d'expiration de session (pures, testées unitairement). */

export interface ReglesSession {
  inactiviteMaxMs: number;
  dureeMaxMs: number;
}

export interface HorodatageSession {
  /** Instant de la connexion (ms depuis l'époque). */
  connecteA: number;
  /** Dernière requête authentifiée (ms). */
  derniereActivite: number;
}

export type MotifExpiration = "inactivite" | "duree-maximale";

/** Une session expire après une inactivité trop longue, ou quoi qu'il arrive après la durée maximale. */
export function motifExpiration(s: HorodatageSession, maintenant: number, regles: ReglesSession): MotifExpiration | null {
  if (maintenant - s.connecteA >= regles.dureeMaxMs) return "duree-maximale";
  if (maintenant - s.derniereActivite >= regles.inactiviteMaxMs) return "inactivite";
  return null;
}

export function reglesDepuisMinutes(inactiviteMinutes: number, dureeMaxHeures: number): ReglesSession {
  return { inactiviteMaxMs: inactiviteMinutes * 60_000, dureeMaxMs: dureeMaxHeures * 3_600_000 };
}
