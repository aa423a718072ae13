import { describe, expect, it } from "vitest";
import { couts, pyramide, taux } from "./indicateurs";

describe("pyramide des âges", () => {
  it("calcule totaux, parts, âge moyen et part des 45 ans et plus", () => {
    const p = pyramide([
      { tranche: "25-29", sexe: "M", n: 2, sommeAges: 54 },
      { tranche: "25-29", sexe: "F", n: 1, sommeAges: 26 },
      { tranche: "45-49", sexe: "F", n: 1, sommeAges: 46 },
    ]);
    expect(p.total).toBe(4);
    expect([p.hommes, p.femmes]).toEqual([2, 2]);
    expect(p.lignes.find((l) => l.tranche === "25-29")).toEqual({ tranche: "25-29", hommes: 2, femmes: 1, total: 3, part: 0.75 });
    expect(p.ageMoyen).toBe(31.5);
    expect(p.part45EtPlus).toBe(0.25);
  });
  it("reste définie sans personne", () => {
    expect(pyramide([])).toMatchObject({ total: 0, ageMoyen: null, part45EtPlus: null });
  });
});

describe("taux et coûts", () => {
  it("évite la division par zéro", () => {
    expect(taux(3, 4)).toBe(0.75);
    expect(taux(3, 0)).toBeNull();
  });
  it("calcule le coût par parcours de la convention ARES (67 550 € / 40 parcours)", () => {
    expect(couts(6_755_000, 40, null)).toEqual({ parParcours: 168_875, parSortiePositive: null });
    expect(couts(6_755_000, 40, 8).parSortiePositive).toBe(844_375);
  });
});
