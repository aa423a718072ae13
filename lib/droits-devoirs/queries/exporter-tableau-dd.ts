import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { nomFichier, versCsv, versXlsx, type Colonne } from "@/lib/exports/tableur";
import { anneeEnCours } from "@/lib/validation/annee";
import { tableauDroitsDevoirs, type FiltresTableauDD, type LigneInstance } from "./tableau-droits-devoirs";

export const ENTETES_DD = ["Instance", "Situations examinées", "Classées sans suite", "Maintien", "Suspension-remobilisation", "Suppression", "Réorientation", "Rétablissement", "Délai médian détection → décision (jours)", "Taux de remobilisation", "Sommes suspendues (€)", "Sommes restituées (€)"];

export const tauxRemobilisation = (l: LigneInstance) => (l.suspensionsTerminees ? l.remobilisees / l.suspensionsTerminees : null);

/**
 * Export CSV / XLSX du tableau de bord des droits et devoirs (agrégats seulement), pour un tableur
 * français (lib/exports/tableur.ts) : taux en « % », montants à virgule décimale ; nom avec le
 * territoire du responsable (sinon le département), la période et l'année.
 */
export async function exporterTableauDD(contexte: Contexte, f: FiltresTableauDD, format: "csv" | "xlsx"): Promise<{ contenu: Buffer; nom: string }> {
  const t = await tableauDroitsDevoirs(contexte, f);
  const [instance, examinees, classees, maintien, suspension, suppression, reorientation, retablissement, delai, taux, suspendu, restitue] = ENTETES_DD as [string, ...string[]];
  const colonnes: Colonne<LigneInstance>[] = [
    { titre: instance, type: "texte", valeur: (l) => l.instance, largeur: 30 },
    { titre: examinees!, type: "entier", valeur: (l) => l.examinees },
    { titre: classees!, type: "entier", valeur: (l) => l.classees },
    { titre: maintien!, type: "entier", valeur: (l) => l.maintien },
    { titre: suspension!, type: "entier", valeur: (l) => l.suspension },
    { titre: suppression!, type: "entier", valeur: (l) => l.suppression },
    { titre: reorientation!, type: "entier", valeur: (l) => l.reorientation },
    { titre: retablissement!, type: "entier", valeur: (l) => l.retablissement },
    { titre: delai!, type: "decimal", valeur: (l) => l.delaiMedian },
    { titre: taux!, type: "pourcentage", valeur: tauxRemobilisation },
    { titre: suspendu!, type: "euros", valeur: (l) => l.suspenduCentimes },
    { titre: restitue!, type: "euros", valeur: (l) => l.restitueCentimes },
  ];
  const lignes = [...t.instances, ...(t.total ? [t.total] : [])];
  await journaliser(contexte.db, contexte.acteur, { operation: "EXPORT", entite: "TableauDroitsDevoirs", details: { format, mois: t.mois } });
  const contenu = format === "xlsx" ? await versXlsx("Droits et devoirs", colonnes, lignes) : versCsv(colonnes, lignes);
  const territoire = contexte.acteur.role === "RESPONSABLE_TERRITOIRE" && contexte.acteur.territoireId
    ? ((await contexte.db.territoire.findUnique({ where: { id: contexte.acteur.territoireId }, select: { nom: true } }))?.nom ?? null)
    : "departement";
  return { contenu, nom: nomFichier(`droits-et-devoirs-${t.mois}-mois`, { territoire, annee: anneeEnCours() }, format) };
}
