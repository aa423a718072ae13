import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { neutraliserTexte } from "@/lib/exports/neutraliser";
import { nomFichier, versCsv, versXlsx, type Colonne } from "@/lib/exports/tableur";
import { anneeEnCours } from "@/lib/validation/annee";
import { exigerDroitDossier } from "../politique";
import { LIBELLES_ALERTES } from "../domain/delais";
import { LIBELLES_PARCOURS } from "../libelles-liste";
import { lignesFileActive, type FiltresFileActive, type LigneFileActive } from "./file-active";
import { filtresAPortee, optionsFiltres } from "./page-beneficiaires";

export const LIMITE_EXPORT_PERSONNES = 20_000;

/** Une cellule qui commencerait par = + - @ (ou tabulation, retour) serait lue comme une formule par le tableur. */
export const neutraliserFormule = neutraliserTexte;

/**
 * Export de ce qui est filtré (mêmes filtres retenus, même requête et même ordre que la liste, sans
 * pagination, au plus 20 000 lignes) pour un tableur français (lib/exports/tableur.ts : CSV « ; » en
 * UTF-8 avec BOM, dates jj/mm/aaaa ; Excel avec de vraies dates). Le nom du fichier porte le territoire
 * (la commune filtrée, sinon le territoire de l'acteur, sinon le département) et l'année. Noms et dates
 * de naissance sont des données personnelles : l'export est journalisé avec les filtres et le nombre de lignes.
 */
export async function exporterFileActive(contexte: Contexte, demandes: FiltresFileActive, format: "csv" | "xlsx"): Promise<{ contenu: Buffer; lignes: number; nom: string }> {
  exigerDroitDossier(contexte.acteur, "lire");
  const options = await optionsFiltres(contexte);
  const { filtres } = filtresAPortee(demandes, options, contexte.acteur);
  const lignes = await lignesFileActive(contexte, filtres, LIMITE_EXPORT_PERSONNES, 0);
  const colonnes: Colonne<LigneFileActive>[] = [
    { titre: "Nom", type: "texte", valeur: (l) => l.nom.toUpperCase(), largeur: 20 },
    { titre: "Prénom", type: "texte", valeur: (l) => l.prenom, largeur: 16 },
    { titre: "Date de naissance", type: "date", valeur: (l) => l.dateNaissance, largeur: 14 },
    { titre: "N° d'allocataire", type: "texte", valeur: (l) => l.numeroAllocataire, largeur: 14 },
    { titre: "Commune", type: "texte", valeur: (l) => l.commune, largeur: 24 },
    { titre: "Droits ouverts le", type: "date", valeur: (l) => l.ouverture, largeur: 14 },
    { titre: "Orientation", type: "texte", valeur: (l) => (l.parcours ? (LIBELLES_PARCOURS[l.parcours] ?? l.parcours) : "Non orienté"), largeur: 18 },
    { titre: "Référent", type: "texte", valeur: (l) => l.referent, largeur: 24 },
    { titre: "Fin du contrat", type: "date", valeur: (l) => l.finContrat, largeur: 14 },
    { titre: "À faire", type: "texte", valeur: (l) => l.alertes.map((a) => LIBELLES_ALERTES[a]).join(", "), largeur: 60 },
  ];
  await journaliser(contexte.db, contexte.acteur, { operation: "EXPORT", entite: "ListePersonnes", details: { format, lignes: lignes.length, filtres: { ...filtres } } });
  const contenu = format === "xlsx" ? await versXlsx("Bénéficiaires", colonnes, lignes) : versCsv(colonnes, lignes);
  const commune = filtres.commune ? options.communes.find((c) => c.valeur === filtres.commune)?.libelle : null;
  const territoire = commune ?? (contexte.acteur.territoireId ? (await contexte.db.territoire.findUnique({ where: { id: contexte.acteur.territoireId }, select: { nom: true } }))?.nom : null) ?? "departement";
  return { contenu, lignes: lignes.length, nom: nomFichier("beneficiaires", { territoire, annee: anneeEnCours() }, format) };
}
