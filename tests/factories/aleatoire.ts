// Générateur pseudo-aléatoire déterministe (mulberry32) : mêmes données à chaque exécution.
export function generateur(graine: number) {
  let a = graine >>> 0;
  const suivant = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    suivant,
    entier: (min: number, max: number) => min + Math.floor(suivant() * (max - min + 1)),
    choix: <T>(liste: readonly T[]): T => liste[Math.floor(suivant() * liste.length)]!,
    plusieurs: <T>(liste: readonly T[], n: number): T[] => [...liste].sort(() => suivant() - 0.5).slice(0, n),
  };
}
