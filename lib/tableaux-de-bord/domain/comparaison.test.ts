import { describe, expect, it } from "vitest";
import { COLONNES_COMPARAISON, extremes, trierComparaison, type LigneComparaison } from "./comparaison";

const ligne = (territoire: string, valeurs: Partial<LigneComparaison>): LigneComparaison =>
  ({ territoireId: territoire, territoire, ...Object.fromEntries(COLONNES_COMPARAISON.map((c) => [c.cle, null])), ...valeurs }) as LigneComparaison;

describe("comparaison des territoires", () => {
  const lignes = [ligne("Pôle II", { allocataires: 5970, tauxContractualisation: 0.826 }), ligne("Pôle I", { allocataires: 5711, tauxContractualisation: null }), ligne("Pôle III", { allocataires: 10856, tauxContractualisation: 0.797 })];
  it("repère le plus haut et le plus bas de chaque colonne", () => {
    const e = extremes(lignes);
    expect(e.allocataires).toEqual({ max: 10856, min: 5711 });
    expect(e.tauxContractualisation).toEqual({ max: 0.826, min: 0.797 });
    expect(e.sorties).toBeNull();
  });
  it("trie dans les deux sens, les valeurs absentes en dernier", () => {
    expect(trierComparaison(lignes, "allocataires", "desc").map((l) => l.territoire)).toEqual(["Pôle III", "Pôle II", "Pôle I"]);
    expect(trierComparaison(lignes, "tauxContractualisation", "asc").map((l) => l.territoire)).toEqual(["Pôle III", "Pôle II", "Pôle I"]);
    expect(trierComparaison(lignes, "tauxContractualisation", "desc").map((l) => l.territoire)).toEqual(["Pôle II", "Pôle III", "Pôle I"]);
    expect(trierComparaison(lignes, "territoire", "asc").map((l) => l.territoire)).toEqual(["Pôle I", "Pôle II", "Pôle III"]);
  });
});
