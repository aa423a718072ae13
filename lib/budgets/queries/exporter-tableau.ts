import "server-only";
import ExcelJS from "exceljs";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { ecrireClasseur } from "@/lib/exports/neutraliser";
import { tableauFinancier } from "./tableau-financier";

/** Tableau financier en CSV (« ; », BOM) ou XLSX, montants en euros. */
export async function exporterTableau(contexte: Contexte, programmeId: string, exercice: number, format: "csv" | "xlsx") {
  const lignes = await tableauFinancier(contexte, programmeId, exercice);
  const classeur = new ExcelJS.Workbook();
  const feuille = classeur.addWorksheet(`Tableau ${exercice}`);
  feuille.columns = [
    { header: "Axe", key: "axe", width: 24 },
    { header: "Fiche", key: "fiche", width: 60 },
    { header: "Objectifs", key: "objectifs", width: 60 },
    { header: "Prévu (€)", key: "prevu", width: 14 },
    { header: "Engagé (€)", key: "engage", width: 14 },
    { header: "Solde à engager (€)", key: "solde", width: 16 },
    { header: "Mandaté (€)", key: "mandate", width: 14 },
    { header: "Reçu (€)", key: "entrants", width: 12 },
    { header: "Redéployé ou reporté (€)", key: "sortants", width: 18 },
    { header: "Observations", key: "observations", width: 60 },
  ];
  feuille.getRow(1).font = { bold: true };
  for (const l of lignes) {
    const ligne = feuille.addRow({
      axe: l.niveau === "total" ? "TOTAL" : `${l.axeCode ?? ""} ${l.axeIntitule ?? ""}`.trim(),
      fiche: l.niveau === "ligne" ? l.libelle : l.niveau === "axe" ? "Sous-total" : "",
      objectifs: l.objectifs ?? "",
      prevu: l.prevu / 100,
      engage: l.engage / 100,
      solde: (l.prevu - l.engage) / 100,
      mandate: l.mandate / 100,
      entrants: l.entrants / 100,
      sortants: l.sortants / 100,
      observations: l.observations ?? "",
    });
    if (l.niveau !== "ligne") ligne.font = { bold: true };
  }
  for (const cle of ["prevu", "engage", "solde", "mandate", "entrants", "sortants"]) feuille.getColumn(cle).numFmt = "#,##0.00";
  await journaliser(contexte.db, contexte.acteur, { operation: "EXPORT", entite: "LigneBudgetaire", details: { programmeId, exercice, format } });
  return ecrireClasseur(classeur, format);
}
