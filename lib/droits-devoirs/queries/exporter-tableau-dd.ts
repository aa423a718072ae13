import "server-only";
import ExcelJS from "exceljs";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { tableauDroitsDevoirs, type FiltresTableauDD, type LigneInstance } from "./tableau-droits-devoirs";

export const ENTETES_DD = ["Instance", "Situations examinées", "Classées sans suite", "Maintien", "Suspension-remobilisation", "Suppression", "Réorientation", "Rétablissement", "Délai médian détection → décision (jours)", "Taux de remobilisation", "Sommes suspendues (€)", "Sommes restituées (€)"];

export const tauxRemobilisation = (l: LigneInstance) => (l.suspensionsTerminees ? l.remobilisees / l.suspensionsTerminees : null);

/** Export CSV / XLSX du tableau de bord des droits et devoirs (agrégats seulement). */
export async function exporterTableauDD(contexte: Contexte, f: FiltresTableauDD, format: "csv" | "xlsx") {
  const t = await tableauDroitsDevoirs(contexte, f);
  const classeur = new ExcelJS.Workbook();
  const feuille = classeur.addWorksheet("Droits et devoirs");
  feuille.addRow(ENTETES_DD).font = { bold: true };
  for (const l of [...t.instances, ...(t.total ? [t.total] : [])]) {
    const taux = tauxRemobilisation(l);
    feuille.addRow([l.instance, l.examinees, l.classees, l.maintien, l.suspension, l.suppression, l.reorientation, l.retablissement, l.delaiMedian ?? "", taux === null ? "" : Math.round(taux * 1000) / 1000, l.suspenduCentimes / 100, l.restitueCentimes / 100]);
  }
  await journaliser(contexte.db, contexte.acteur, { operation: "EXPORT", entite: "TableauDroitsDevoirs", details: { format, mois: t.mois } });
  if (format === "xlsx") return Buffer.from(await classeur.xlsx.writeBuffer());
  return Buffer.from(await classeur.csv.writeBuffer({ formatterOptions: { delimiter: ";", writeBOM: true } }));
}
