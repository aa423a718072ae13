import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ecrireClasseur, neutraliserTexte } from "@/lib/exports/neutraliser";

describe("injection de formules dans les exports", () => {
  it.each(["=HYPERLINK(\"http://evil.example\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "＝1"])("neutralise « %s »", (titre) => {
    expect(neutraliserTexte(titre).startsWith("'")).toBe(true);
  });

  it("laisse un texte ordinaire intact", () => {
    expect(neutraliserTexte("Atelier « Mobilité »")).toBe("Atelier « Mobilité »");
  });

  it("un intitulé en « = » sort en CSV comme du texte, pas comme une formule", async () => {
    const classeur = new ExcelJS.Workbook();
    const feuille = classeur.addWorksheet("x");
    feuille.addRow(["Code", "Intitulé", "Nombre"]);
    feuille.addRow(["A1", '=cmd|"/c calc"!A0', -5]);
    const csv = (await ecrireClasseur(classeur, "csv")).toString("utf8");
    const ligne = csv.split("\n")[1]!;
    expect(ligne).not.toMatch(/;"?=/);
    expect(ligne).toContain("'=cmd");
    expect(ligne.trim().endsWith("-5")).toBe(true); // les nombres restent des nombres
  });

  it("une formule glissée dans une cellule XLSX est retirée", async () => {
    const classeur = new ExcelJS.Workbook();
    classeur.addWorksheet("x").addRow([{ formula: "1+1", result: 2 }, "+33 6 00"]);
    const relu = new ExcelJS.Workbook();
    await relu.xlsx.load((await ecrireClasseur(classeur, "xlsx")) as unknown as ArrayBuffer);
    const ligne = relu.getWorksheet("x")!.getRow(1);
    expect(ligne.getCell(1).formula).toBeUndefined();
    expect(ligne.getCell(2).value).toBe("'+33 6 00");
  });
});
