import "server-only";
import ExcelJS from "exceljs";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { celluleCsv, nomFichier } from "@/lib/exports/tableur";
import { neutraliserTexte } from "@/lib/exports/neutraliser";
import { LIBELLES_ANCIENNETE, LIBELLES_NIVEAU, LIBELLES_SITUATION, MOIS } from "../libelles";
import { tableauDeBord, type FiltresTableau } from "./tableau-de-bord";

/** Export des tableaux (agrégats seulement) : une feuille par tableau en XLSX, les sections à la suite en CSV. */
export async function exporterTableauDeBord(contexte: Contexte, filtres: FiltresTableau, format: "csv" | "xlsx") {
  const t = await tableauDeBord(contexte, filtres);
  // un taux est un objet { taux } : « 45,7 % » en CSV, format pourcentage en XLSX
  // un effectif masqué par le secret statistique (null) s'exporte « < 11 », comme à l'écran
  type Cellule = string | number | null | { taux: number };
  const taux = (v: number | null) => (v === null ? "" : { taux: v });
  const sections: { titre: string; entetes: string[]; lignes: Cellule[][] }[] = [
    {
      titre: "Chiffres clés",
      entetes: ["Indicateur", "Valeur"],
      lignes: [
        ["Territoire", t.titre],
        ["Allocataires (foyers)", t.population.allocataires],
        ["Demandeurs et conjoints", t.population.personnes],
        ["Taux de contractualisation", taux(t.contrats.tauxContractualisation ?? null)],
        ["Part des contrats d'au moins 15 h", taux(t.contrats.partQuinzeHeures ?? null)],
        ["Exemptions", t.contrats.exemptions],
        [`Entrants ${t.annee}`, t.entrees.total],
      ],
    },
    { titre: "Âge et sexe", entetes: ["Tranche", "Hommes", "Femmes", "Total"], lignes: t.pyramide.lignes.map((l) => [l.tranche, l.hommes, l.femmes, l.total]) },
    { titre: "Entrées par mois", entetes: ["Mois", "Foyers entrants"], lignes: t.entrees.parMois.map((e) => [MOIS[e.mois - 1]!, e.n]) },
    { titre: "Situation familiale", entetes: ["Situation", "Foyers"], lignes: t.situations.map((s) => [LIBELLES_SITUATION[s.modalite] ?? s.modalite, s.n]) },
    { titre: "Niveau de formation", entetes: ["Niveau", "Personnes"], lignes: t.niveaux.map((s) => [LIBELLES_NIVEAU[s.modalite] ?? s.modalite, s.n]) },
    { titre: "Ancienneté", entetes: ["Ancienneté", "Foyers"], lignes: t.anciennetes.map((s) => [LIBELLES_ANCIENNETE[s.modalite] ?? s.modalite, s.n]) },
    { titre: "Offre", entetes: ["Code", "Action", "Capacité", "Participants", "En attente"], lignes: t.offre.map((o) => [o.code, o.intitule, o.capacite ?? "", o.participants, o.attente]) },
  ];
  const nom = nomFichier("tableau-de-bord", { territoire: t.territoire?.nom ?? "departement", annee: t.annee }, format);
  await journaliser(contexte.db, contexte.acteur, { operation: "EXPORT", entite: "TableauDeBord", entiteId: t.territoire?.id ?? null, details: { format, annee: t.annee } });
  if (format === "csv") {
    const echapper = (v: string) => (/[";\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    const cellule = (c: Cellule) => echapper(c === null ? "< 11" : typeof c === "object" ? celluleCsv("pourcentage", c.taux) : typeof c === "number" ? celluleCsv(Number.isInteger(c) ? "entier" : "decimal", c) : celluleCsv("texte", c));
    const lignes = sections.flatMap((s) => [echapper(s.titre), s.entetes.map(echapper).join(";"), ...s.lignes.map((l) => l.map(cellule).join(";")), ""]);
    return { contenu: Buffer.from(`\ufeff${lignes.join("\r\n")}\r\n`, "utf8"), nom };
  }
  const classeur = new ExcelJS.Workbook();
  for (const s of sections) {
    const f = classeur.addWorksheet(s.titre.slice(0, 31));
    f.addRow(s.entetes).font = { bold: true };
    for (const l of s.lignes) {
      const ligne = f.addRow(l.map((c) => (c === null ? "< 11" : typeof c === "object" ? c.taux : typeof c === "string" ? neutraliserTexte(c) : c)));
      l.forEach((c, i) => {
        if (c !== null && typeof c === "object") ligne.getCell(i + 1).numFmt = "0.0%";
      });
    }
  }
  return { contenu: Buffer.from(await classeur.xlsx.writeBuffer()), nom };
}
