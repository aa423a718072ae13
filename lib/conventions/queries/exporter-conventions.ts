import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { exigerPermission } from "@/lib/authz/permissions";
import { nomFichier, versCsv, versXlsx, type Colonne } from "@/lib/exports/tableur";
import { LIBELLES_STATUT } from "../domain/convention";
import { LIBELLES_TYPE_CONVENTION } from "../libelles";
import type { FiltresConventions } from "../schemas";
import { listerConventions, type ConventionListe } from "./lister-conventions";

const COLONNES: Colonne<ConventionListe>[] = [
  { titre: "Objet", type: "texte", valeur: (c) => c.objet, largeur: 50 },
  { titre: "Type", type: "texte", valeur: (c) => LIBELLES_TYPE_CONVENTION[c.type] },
  { titre: "Titulaire", type: "texte", valeur: (c) => c.titulaire, largeur: 30 },
  { titre: "Début", type: "date", valeur: (c) => c.dateDebut },
  { titre: "Fin", type: "date", valeur: (c) => c.dateFin },
  { titre: "État", type: "texte", valeur: (c) => LIBELLES_STATUT[c.statut] },
  { titre: "Montant (€)", type: "euros", valeur: (c) => c.montantCourant },
  { titre: "Mandaté (€)", type: "euros", valeur: (c) => c.mandate },
  { titre: "Taux de mandatement", type: "pourcentage", valeur: (c) => (c.montantCourant ? c.mandate / c.montantCourant : null) },
  { titre: "Bilan final en retard", type: "texte", valeur: (c) => (c.bilanEnRetard ? "oui" : "non") },
];

/** Export de la liste filtrée (toutes les pages) ; le nom du fichier porte l'année filtrée ; journalisé. */
export async function exporterConventions(contexte: Contexte, f: FiltresConventions, format: "csv" | "xlsx") {
  exigerPermission(contexte.acteur, "conventions:lire");
  const { lignes } = await listerConventions(contexte, f, { toutes: true });
  await journaliser(contexte.db, contexte.acteur, { operation: "EXPORT", entite: "Convention", details: { format, lignes: lignes.length, filtres: { q: f.q, statut: f.statut ?? null, type: f.type ?? null, annee: f.annee ?? null } } });
  const contenu = format === "xlsx" ? await versXlsx("Conventions", COLONNES, lignes) : versCsv(COLONNES, lignes);
  return { contenu, nom: nomFichier("conventions", { annee: typeof f.annee === "number" ? f.annee : null }, format) };
}
