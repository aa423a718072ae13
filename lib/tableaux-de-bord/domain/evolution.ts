// Comparaison d'une année avec la précédente (« Comparer avec l'année précédente »).

/** Évolution d'une valeur entre l'année précédente et l'année : absolue et relative (null si N-1 nul ou absent). */
export function evolution(n: number | null, precedente: number | null): { absolue: number | null; relative: number | null } {
  if (n === null || precedente === null) return { absolue: null, relative: null };
  return { absolue: n - precedente, relative: precedente !== 0 ? (n - precedente) / Math.abs(precedente) : null };
}
