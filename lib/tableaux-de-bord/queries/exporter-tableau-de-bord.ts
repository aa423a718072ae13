import "server-only";
import ExcelJS from "exceljs";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { ecrireClasseur } from "@/lib/exports/neutraliser";
import { LIBELLES_ANCIENNETE, LIBELLES_NIVEAU, LIBELLES_SITUATION, MOIS } from "../libelles";
import { tableauDeBord, type FiltresTableau } from "./tableau-de-bord";

/** Export des tableaux (agrégats seulement) : une feuille par tableau en XLSX, les sections à la suite en CSV. */
export async function exporterTableauDeBord(contexte: Contexte, filtres: FiltresTableau, format: "csv" | "xlsx") {
  const t = await tableauDeBord(contexte, filtres);
  const sections: { titre: string; entetes: string[]; lignes: (string | number | null)[][] }[] = [
    {
      titre: "Chiffres clés",
      entetes: ["Indicateur", "Valeur"],
      lignes: [
        ["Territoire", t.titre],
        ["Allocataires (foyers)", t.population.allocataires],
        ["Demandeurs et conjoints", t.population.personnes],
        ["Taux de contractualisation", t.contrats.tauxContractualisation ?? ""],
        ["Part des contrats d'au moins 15 h", t.contrats.partQuinzeHeures ?? ""],
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
  // un effectif masqué par le secret statistique s'exporte « < 11 », comme à l'écran
  const cellules = (l: (string | number | null)[]) => l.map((v) => (v === null ? "< 11" : v));
  const classeur = new ExcelJS.Workbook();
  if (format === "xlsx") {
    for (const s of sections) {
      const f = classeur.addWorksheet(s.titre.slice(0, 31));
      f.addRow(s.entetes).font = { bold: true };
      s.lignes.forEach((l) => f.addRow(cellules(l)));
    }
  } else {
    const f = classeur.addWorksheet("Tableau de bord");
    for (const s of sections) {
      f.addRow([s.titre]).font = { bold: true };
      f.addRow(s.entetes);
      s.lignes.forEach((l) => f.addRow(cellules(l)));
      f.addRow([]);
    }
  }
  await journaliser(contexte.db, contexte.acteur, { operation: "EXPORT", entite: "TableauDeBord", entiteId: t.territoire?.id ?? null, details: { format, annee: t.annee } });
  return ecrireClasseur(classeur, format);
}
