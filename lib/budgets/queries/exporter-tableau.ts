import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { nomFichier, versCsv, versXlsx, type Colonne } from "@/lib/exports/tableur";
import { tableauFinancier, type LigneTableau } from "./tableau-financier";

const COLONNES: Colonne<LigneTableau>[] = [
  { titre: "Axe", type: "texte", valeur: (l) => (l.niveau === "total" ? "TOTAL" : `${l.axeCode ?? ""} ${l.axeIntitule ?? ""}`.trim()), largeur: 24 },
  { titre: "Fiche", type: "texte", valeur: (l) => (l.niveau === "ligne" ? l.libelle : l.niveau === "axe" ? "Sous-total" : ""), largeur: 60 },
  { titre: "Objectifs", type: "texte", valeur: (l) => l.objectifs, largeur: 60 },
  { titre: "Prévu (€)", type: "euros", valeur: (l) => l.prevu, largeur: 14 },
  { titre: "Engagé (€)", type: "euros", valeur: (l) => l.engage, largeur: 14 },
  { titre: "Taux d'engagement", type: "pourcentage", valeur: (l) => (l.prevu > 0 ? l.engage / l.prevu : null), largeur: 12 },
  { titre: "Solde à engager (€)", type: "euros", valeur: (l) => l.prevu - l.engage, largeur: 16 },
  { titre: "Mandaté (€)", type: "euros", valeur: (l) => l.mandate, largeur: 14 },
  { titre: "Reçu (€)", type: "euros", valeur: (l) => l.entrants, largeur: 12 },
  { titre: "Redéployé ou reporté (€)", type: "euros", valeur: (l) => l.sortants, largeur: 18 },
  { titre: "Observations", type: "texte", valeur: (l) => l.observations, largeur: 60 },
];

/**
 * Tableau financier pour un tableur français : CSV « ; » avec virgule décimale et « % », XLSX avec formats
 * monétaires ; le nom du fichier porte le programme et l'exercice.
 */
export async function exporterTableau(contexte: Contexte, programmeId: string, exercice: number, format: "csv" | "xlsx") {
  const [lignes, programme] = await Promise.all([
    tableauFinancier(contexte, programmeId, exercice),
    contexte.db.programme.findFirst({ where: { id: programmeId, departementId: contexte.acteur.departementId }, select: { code: true } }),
  ]);
  await journaliser(contexte.db, contexte.acteur, { operation: "EXPORT", entite: "LigneBudgetaire", details: { programmeId, exercice, format, lignes: lignes.length } });
  const contenu = format === "xlsx" ? await versXlsx(`Tableau ${exercice}`, COLONNES, lignes) : versCsv(COLONNES, lignes);
  return { contenu, nom: nomFichier("tableau-financier", { territoire: programme?.code ?? null, annee: exercice }, format) };
}
