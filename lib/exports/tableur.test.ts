import { describe, expect, it } from "vitest";
import { celluleCsv, nomFichier, versCsv } from "./tableur";

describe("exports pour un tableur français", () => {
  it("virgule décimale, %, euros, dates jj/mm/aaaa, formule neutralisée", () => {
    expect(celluleCsv("decimal", 12.5)).toBe("12,5");
    expect(celluleCsv("pourcentage", 0.4567)).toBe("45,7 %");
    expect(celluleCsv("euros", 123456)).toBe("1234,56");
    expect(celluleCsv("date", new Date("2026-03-09T00:00:00Z"))).toBe("09/03/2026");
    expect(celluleCsv("texte", "=HYPERLINK(\"x\")")).toBe("'=HYPERLINK(\"x\")");
  });
  it("CSV « ; » avec BOM ; nom de fichier avec territoire et année", () => {
    const csv = versCsv([{ titre: "Nom", type: "texte", valeur: (l: { n: string }) => l.n }], [{ n: "Durand; Marie" }]).toString("utf8");
    expect(csv).toBe('\ufeffNom\r\n"Durand; Marie"\r\n');
    expect(nomFichier("prescriptions", { territoire: "Pôle d'insertion VI", annee: 2026 }, "csv")).toBe("prescriptions-pole-d-insertion-vi-2026.csv");
  });
});
