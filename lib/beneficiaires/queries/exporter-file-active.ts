import "server-only";
import ExcelJS from "exceljs";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { exigerDroitDossier } from "../politique";
import { LIBELLES_ALERTES } from "../domain/delais";
import { LIBELLES_PARCOURS } from "../libelles-liste";
import { lignesFileActive, type FiltresFileActive } from "./file-active";

export const LIMITE_EXPORT_PERSONNES = 20_000;

/** Une cellule qui commencerait par = + - @ (ou tabulation, retour) serait lue comme une formule par le tableur. */
export function neutraliserFormule(valeur: string): string {
  return /^[=+\-@\t\r]/.test(valeur) ? `'${valeur}` : valeur;
}

const date = (d: Date | null) => (d ? d.toISOString().slice(0, 10).split("-").reverse().join("/") : "");

/**
 * Export de ce qui est filtré (même requête et même ordre que la liste, sans pagination, au plus
 * 20 000 lignes) en CSV (« ; », UTF-8 avec BOM) ou Excel. Noms et dates de naissance sont des données
 * personnelles : l'export est journalisé avec les filtres et le nombre de lignes.
 */
export async function exporterFileActive(contexte: Contexte, filtres: FiltresFileActive, format: "csv" | "xlsx"): Promise<{ contenu: Buffer; lignes: number }> {
  exigerDroitDossier(contexte.acteur, "lire");
  const lignes = await lignesFileActive(contexte, filtres, LIMITE_EXPORT_PERSONNES, 0);
  const classeur = new ExcelJS.Workbook();
  classeur.creator = "Pilote Insertion";
  const feuille = classeur.addWorksheet("Bénéficiaires");
  feuille.columns = [
    { header: "Nom", key: "nom", width: 20 },
    { header: "Prénom", key: "prenom", width: 16 },
    { header: "Date de naissance", key: "naissance", width: 14 },
    { header: "N° d'allocataire", key: "allocataire", width: 14 },
    { header: "Commune", key: "commune", width: 24 },
    { header: "Droits ouverts le", key: "ouverture", width: 14 },
    { header: "Orientation", key: "parcours", width: 18 },
    { header: "Référent", key: "referent", width: 24 },
    { header: "Fin du contrat", key: "fin", width: 14 },
    { header: "À faire", key: "alertes", width: 60 },
  ];
  feuille.getRow(1).font = { bold: true };
  for (const l of lignes) {
    feuille.addRow({
      nom: neutraliserFormule(l.nom.toUpperCase()),
      prenom: neutraliserFormule(l.prenom),
      naissance: date(l.dateNaissance),
      allocataire: neutraliserFormule(l.numeroAllocataire),
      commune: neutraliserFormule(l.commune),
      ouverture: date(l.ouverture),
      parcours: l.parcours ? (LIBELLES_PARCOURS[l.parcours] ?? l.parcours) : "Non orienté",
      referent: neutraliserFormule(l.referent ?? ""),
      fin: date(l.finContrat),
      alertes: l.alertes.map((a) => LIBELLES_ALERTES[a]).join(", "),
    });
  }
  await journaliser(contexte.db, contexte.acteur, { operation: "EXPORT", entite: "ListePersonnes", details: { format, lignes: lignes.length, filtres: { ...filtres } } });
  if (format === "xlsx") return { contenu: Buffer.from(await classeur.xlsx.writeBuffer()), lignes: lignes.length };
  const csv = await classeur.csv.writeBuffer({ formatterOptions: { delimiter: ";", writeBOM: true } });
  return { contenu: Buffer.from(csv), lignes: lignes.length };
}
