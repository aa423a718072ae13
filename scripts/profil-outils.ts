// Outil commun des profils de requêtes (bench:cartes, bench:listes) : une chauffe, puis 7 mesures.
export async function temps<T>(nom: string, f: () => Promise<T>, largeur = 40) {
  await f();
  const d: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    await f();
    d.push(performance.now() - t0);
  }
  d.sort((a, b) => a - b);
  console.log(`${nom.padEnd(largeur)} médiane ${d[3]!.toFixed(1).padStart(7)} ms   max ${d[6]!.toFixed(1).padStart(7)} ms`);
}
