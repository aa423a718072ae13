/** Limitation des tentatives de connexion (règle pure). */

export const FENETRE_LIMITATION_MS = 15 * 60_000;
export const ECHECS_MAX_PAR_COURRIEL = 5;
export const ECHECS_MAX_PAR_IP = 20;

/** Bloqué si trop d'échecs récents pour ce courriel ou depuis cette adresse IP. */
export function connexionBloquee(echecsRecentsCourriel: number, echecsRecentsIp: number): boolean {
  return echecsRecentsCourriel >= ECHECS_MAX_PAR_COURRIEL || echecsRecentsIp >= ECHECS_MAX_PAR_IP;
}
