import { describe, expect, it } from "vitest";
import { lireMois } from "./periode";

describe("période du tableau des droits et devoirs (mois)", () => {
  it("garde une période de 1 à 36 mois sans avis, 12 mois sans avis quand rien n'est demandé", () => {
    expect(lireMois("6")).toEqual({ mois: 6, avis: null });
    expect(lireMois(" 36 ")).toEqual({ mois: 36, avis: null });
    expect(lireMois(undefined)).toEqual({ mois: 12, avis: null });
    expect(lireMois("")).toEqual({ mois: 12, avis: null });
  });
  it("hors de portée : 12 mois, et le dit", () => {
    expect(lireMois("48")).toEqual({ mois: 12, avis: "Une période de 48 mois n'est pas disponible (de 1 à 36 mois) : affichage des 12 derniers mois." });
    expect(lireMois("0").avis).toMatch(/^Une période de 0 mois n'est pas disponible/);
  });
  it("pas un nombre : 12 mois, et le dit (texte tronqué)", () => {
    expect(lireMois("abc")).toEqual({ mois: 12, avis: "« abc » n'est pas un nombre de mois : affichage des 12 derniers mois." });
    expect(lireMois("-3").avis).toMatch(/n'est pas un nombre de mois/);
    expect(lireMois("2.5").avis).toMatch(/n'est pas un nombre de mois/);
    expect(lireMois("x".repeat(40)).avis).toContain("…");
  });
});
