import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { nomFichier, versCsv, versXlsx, type Colonne } from "@/lib/exports/tableur";
import { anneeEnCours } from "@/lib/validation/annee";
import { LIBELLES_MODE, LIBELLES_NATURE, LIBELLES_PUBLICS, LIBELLES_UNITE, LIBELLES_VISEE, type Public } from "../domain/libelles";
import { calculerOccupation } from "../domain/occupation";
import type { FiltresCatalogue } from "../schemas";
import { rechercherActions, type ActionTrouvee } from "./rechercher-actions";

export const LIMITE_EXPORT = 10_000;

/**
 * Export du résultat filtré du catalogue pour un tableur français (lib/exports/tableur.ts) : CSV « ; »
 * en UTF-8 avec BOM, virgule décimale, taux en « % », dates jj/mm/aaaa ; classeur Excel avec de vrais
 * nombres et leurs formats. Le nom du fichier porte le territoire du filtre et l'année.
 */
export async function exporterActions(contexte: Contexte, filtres: FiltresCatalogue, format: "csv" | "xlsx"): Promise<{ contenu: Buffer; lignes: number; nom: string }> {
  const resultat = await rechercherActions(contexte, filtres, { toutesLesLignes: true, limite: LIMITE_EXPORT });
  const { db } = contexte;
  const freins = new Map(
    (await db.nomenclature.findMany({ where: { liste: "FREIN" }, select: { code: true, libelle: true } })).map((f) => [f.code, f.libelle]),
  );
  const occupation = (a: ActionTrouvee) => calculerOccupation(a.capacite, a.uniteCapacite, a.participantsEnCours);
  const colonnes: Colonne<ActionTrouvee>[] = [
    { titre: "Code", type: "texte", valeur: (a) => a.code, largeur: 10 },
    { titre: "Intitulé", type: "texte", valeur: (a) => a.intitule, largeur: 50 },
    { titre: "Porteur", type: "texte", valeur: (a) => a.porteur, largeur: 30 },
    { titre: "Programme", type: "texte", valeur: (a) => a.programme, largeur: 30 },
    { titre: "Visée", type: "texte", valeur: (a) => LIBELLES_VISEE[a.visee], largeur: 20 },
    { titre: "Publics", type: "texte", valeur: (a) => a.publics.map((p) => LIBELLES_PUBLICS[p as Public] ?? p).join(", "), largeur: 30 },
    { titre: "Freins levés", type: "texte", valeur: (a) => a.freins.map((f) => freins.get(f) ?? f).join(", "), largeur: 25 },
    { titre: "Territoires", type: "texte", valeur: (a) => a.territoires, largeur: 40 },
    { titre: "Capacité", type: "decimal", valeur: (a) => a.capacite, largeur: 10 },
    { titre: "Unité", type: "texte", valeur: (a) => (a.uniteCapacite ? LIBELLES_UNITE[a.uniteCapacite].pluriel : null), largeur: 10 },
    { titre: "Participants en cours", type: "entier", valeur: (a) => a.participantsEnCours, largeur: 12 },
    { titre: "Places restantes", type: "entier", valeur: (a) => occupation(a).placesRestantes, largeur: 12 },
    { titre: "Taux d'occupation", type: "pourcentage", valeur: (a) => occupation(a).taux, largeur: 12 },
    { titre: "Liste d'attente", type: "entier", valeur: (a) => a.listeAttente, largeur: 12 },
    { titre: "Mode", type: "texte", valeur: (a) => (a.modeIntervention ? LIBELLES_MODE[a.modeIntervention] : null), largeur: 18 },
    { titre: "Nature", type: "texte", valeur: (a) => (a.nature ? LIBELLES_NATURE[a.nature] : null), largeur: 16 },
    { titre: "Début", type: "date", valeur: (a) => a.dateDebut, largeur: 12 },
    { titre: "Fin", type: "date", valeur: (a) => a.dateFin, largeur: 12 },
    { titre: "État", type: "texte", valeur: (a) => (a.suspendue ? "Suspendue" : "Active"), largeur: 12 },
    { titre: "Objectifs", type: "texte", valeur: (a) => a.objectifs, largeur: 80 },
  ];
  await journaliser(db, contexte.acteur, {
    operation: "EXPORT",
    entite: "ActionInsertion",
    details: { format, lignes: resultat.lignes.length, filtres: { ...filtres, territoire: resultat.territoire?.id ?? "" } },
  });
  const contenu = format === "xlsx" ? await versXlsx("Catalogue", colonnes, resultat.lignes) : versCsv(colonnes, resultat.lignes);
  const nom = nomFichier("catalogue-offre-insertion", { territoire: resultat.territoire?.nom ?? "departement", annee: anneeEnCours() }, format);
  return { contenu, lignes: resultat.lignes.length, nom };
}
