import type ExcelJS from "exceljs";

/**
 * Injection de formules (CSV/Excel) : un tableur exécute une cellule qui commence par « = », « + »,
 * « - », « @ » (ou une tabulation, un retour chariot suivi d'un de ces signes). On préfixe ces textes
 * d'une apostrophe, qui les fait lire comme du texte (recommandation OWASP). Les nombres ne sont pas
 * touchés : ce sont des valeurs numériques, pas du texte.
 */
const DEBUT_DANGEREUX = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function neutraliserTexte(valeur: string): string {
  return DEBUT_DANGEREUX.test(valeur) ? `'${valeur}` : valeur;
}

/** Neutralise toutes les cellules texte d'un classeur, et refuse qu'une formule y soit écrite. */
export function neutraliserClasseur(classeur: ExcelJS.Workbook): void {
  classeur.eachSheet((feuille) => {
    feuille.eachRow({ includeEmpty: false }, (ligne) => {
      ligne.eachCell({ includeEmpty: false }, (cellule) => {
        const v = cellule.value;
        if (typeof v === "string") cellule.value = neutraliserTexte(v);
        else if (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) cellule.value = null;
        else if (v && typeof v === "object" && "richText" in v) cellule.value = neutraliserTexte(v.richText.map((r) => r.text).join(""));
        else if (v && typeof v === "object" && "hyperlink" in v) cellule.value = neutraliserTexte(String(v.text ?? ""));
      });
    });
  });
}

/** Écrit le classeur en XLSX ou en CSV (« ; », UTF-8 avec BOM, lisible par Excel en français), neutralisé. */
export async function ecrireClasseur(classeur: ExcelJS.Workbook, format: "csv" | "xlsx"): Promise<Buffer> {
  neutraliserClasseur(classeur);
  if (format === "xlsx") return Buffer.from(await classeur.xlsx.writeBuffer());
  return Buffer.from(await classeur.csv.writeBuffer({ formatterOptions: { delimiter: ";", writeBOM: true } }));
}
