// Recouvrement de deux territoires (chemins matérialisés « /id1/id2/ ») : l'un contient l'autre.
// Double SQL : territoires_se_recouvrent() (migration 20261130151000_regles_partagees), parité testée.
export function territoiresSeRecouvrent(cheminA: string, cheminB: string): boolean {
  return cheminA.startsWith(cheminB) || cheminB.startsWith(cheminA);
}
