// Exports pour un tableur français (issue 14) : CSV « ; » en UTF-8 avec BOM, virgule décimale, « % »,
// dates jj/mm/aaaa ; XLSX avec de vrais nombres et leurs formats. Une cellule texte qui commence par
// = + - @ (formule) est neutralisée par une apostrophe. Nom de fichier : objet, territoire, année.
import ExcelJS from "exceljs";
import { neutraliserTexte as neutraliser } from "./neutraliser";

export type TypeColonne = "texte" | "entier" | "decimal" | "euros" | "pourcentage" | "date";
export interface Colonne<L> {
  titre: string;
  type: TypeColonne;
  valeur: (ligne: L) => string | number | Date | null;
  largeur?: number;
}

// un format par nombre de décimales, créé une fois (créer un Intl.NumberFormat coûte bien plus que formater)
const formatsNombre = new Map<number, Intl.NumberFormat>();
const nombreFr = (n: number, decimales: number) => {
  let f = formatsNombre.get(decimales);
  if (!f) formatsNombre.set(decimales, (f = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 0, maximumFractionDigits: decimales, useGrouping: false })));
  return f.format(n);
};
const dateFr = (d: Date) => d.toISOString().slice(0, 10).split("-").reverse().join("/");

/** Valeur d'une cellule CSV, pour un tableur réglé en français. */
export function celluleCsv(type: TypeColonne, v: string | number | Date | null): string {
  if (v === null || v === "") return "";
  if (v instanceof Date) return dateFr(v);
  if (typeof v === "number") {
    if (type === "pourcentage") return `${nombreFr(v * 100, 1)} %`;
    if (type === "euros") return nombreFr(v / 100, 2);
    return nombreFr(v, type === "entier" ? 0 : 2);
  }
  return neutraliser(v);
}

const echapper = (t: string) => (/[";\n\r]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);

export function versCsv<L>(colonnes: Colonne<L>[], lignes: L[]): Buffer {
  const texte = [colonnes.map((c) => echapper(c.titre)).join(";"), ...lignes.map((l) => colonnes.map((c) => echapper(celluleCsv(c.type, c.valeur(l)))).join(";"))].join("\r\n");
  return Buffer.from(`\ufeff${texte}\r\n`, "utf8");
}

// formats Excel (notation anglaise, affichée selon la langue du tableur : « 1 234,56 € », « 45,7 % »)
const FORMATS: Record<TypeColonne, string | undefined> = { texte: undefined, entier: "#,##0", decimal: "#,##0.00", euros: '#,##0.00 "€"', pourcentage: "0.0%", date: "dd/mm/yyyy" };

export async function versXlsx<L>(feuille: string, colonnes: Colonne<L>[], lignes: L[]): Promise<Buffer> {
  const classeur = new ExcelJS.Workbook();
  classeur.creator = "Pilote Insertion";
  const f = classeur.addWorksheet(feuille.slice(0, 31));
  f.columns = colonnes.map((c, i) => ({ header: c.titre, key: `c${i}`, width: c.largeur ?? 18, style: FORMATS[c.type] ? { numFmt: FORMATS[c.type]! } : {} }));
  f.getRow(1).font = { bold: true };
  for (const l of lignes) {
    f.addRow(
      Object.fromEntries(
        colonnes.map((c, i) => {
          const v = c.valeur(l);
          return [`c${i}`, typeof v === "number" && c.type === "euros" ? v / 100 : typeof v === "string" ? neutraliser(v) : v];
        }),
      ),
    );
  }
  return Buffer.from(await classeur.xlsx.writeBuffer());
}

/** « prescriptions-pole-vi-2026.csv » : sans accents ni espaces, territoire et année quand ils s'appliquent. */
export function nomFichier(objet: string, contexte: { territoire?: string | null; annee?: number | null }, format: "csv" | "xlsx"): string {
  const propre = (t: string) => t.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return `${[objet, contexte.territoire, contexte.annee ? String(contexte.annee) : null].filter(Boolean).map((x) => propre(x!)).join("-")}.${format}`;
}
