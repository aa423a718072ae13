import { describe, expect, it } from "vitest";
import { anneeEnCours, filtreAnnee, lireAnnee } from "./annee";

describe("année choisie dans l'URL : hors des années disponibles, la page le dit", () => {
  const bornes = { min: 2015, max: 2026 };
  it("une année disponible, ou rien de demandé : pas d'avis", () => {
    expect(lireAnnee("2024", bornes)).toEqual({ annee: 2024, avis: null });
    expect(lireAnnee(undefined, bornes)).toEqual({ annee: 2026, avis: null });
    expect(lireAnnee("  ", { ...bornes, defaut: 2019 })).toEqual({ annee: 2019, avis: null });
  });
  it("hors des années disponibles : l'année la plus proche, et un avis en français", () => {
    expect(lireAnnee("2031", bornes)).toEqual({ annee: 2026, avis: "L'année 2031 n'est pas disponible (disponibles : de 2015 à 2026) : affichage de 2026." });
    expect(lireAnnee("2010", { ...bornes, libelle: "L'exercice" })).toEqual({ annee: 2015, avis: "L'exercice 2010 n'est pas disponible (disponibles : de 2015 à 2026) : affichage de 2015." });
    expect(lireAnnee("99999999999", bornes).avis).toBe("« 99999999999 » n'est pas une année : affichage de 2026.");
  });
  it("une valeur illisible : l'année par défaut, avec l'avis", () => {
    expect(lireAnnee("deux mille", bornes)).toEqual({ annee: 2026, avis: "« deux mille » n'est pas une année : affichage de 2026." });
    expect(lireAnnee(["2024", "2025"], bornes)).toEqual({ annee: 2026, avis: null });
  });
  it("filtre zod : jamais d'erreur ; l'année en cours est celle de Paris", () => {
    expect(filtreAnnee(() => bornes).parse("2031")).toBe(2026);
    expect(filtreAnnee(() => bornes).parse(null)).toBe(2026);
    expect(anneeEnCours(new Date("2026-12-31T23:30:00Z"))).toBe(2027);
  });
});

describe("filtre d'année dans un schéma d'URL", () => {
  it("paramètre absent : l'année par défaut, sans erreur", async () => {
    const { z } = await import("zod");
    const schema = z.object({ annee: filtreAnnee(() => ({ min: 2015, max: 2026 })) });
    expect(schema.parse({})).toEqual({ annee: 2026 });
    expect(schema.parse({ annee: "2031" })).toEqual({ annee: 2026 });
  });
});
