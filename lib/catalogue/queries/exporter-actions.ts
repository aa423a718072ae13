import "server-only";
import ExcelJS from "exceljs";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { ecrireClasseur } from "@/lib/exports/neutraliser";
import { LIBELLES_MODE, LIBELLES_NATURE, LIBELLES_PUBLICS, LIBELLES_UNITE, LIBELLES_VISEE, type Public } from "../domain/libelles";
import { calculerOccupation } from "../domain/occupation";
import type { FiltresCatalogue } from "../schemas";
import { rechercherActions } from "./rechercher-actions";

export const LIMITE_EXPORT = 10_000;

const COLONNES = [
  { header: "Code", key: "code", width: 10 },
  { header: "Intitulé", key: "intitule", width: 50 },
  { header: "Porteur", key: "porteur", width: 30 },
  { header: "Programme", key: "programme", width: 30 },
  { header: "Visée", key: "visee", width: 20 },
  { header: "Publics", key: "publics", width: 30 },
  { header: "Freins levés", key: "freins", width: 25 },
  { header: "Territoires", key: "territoires", width: 40 },
  { header: "Capacité", key: "capacite", width: 10 },
  { header: "Unité", key: "unite", width: 10 },
  { header: "Participants en cours", key: "participants", width: 12 },
  { header: "Places restantes", key: "restantes", width: 12 },
  { header: "Liste d'attente", key: "attente", width: 12 },
  { header: "Mode", key: "mode", width: 18 },
  { header: "Nature", key: "nature", width: 16 },
  { header: "Début", key: "debut", width: 12 },
  { header: "Fin", key: "fin", width: 12 },
  { header: "État", key: "etat", width: 12 },
  { header: "Objectifs", key: "objectifs", width: 80 },
];

/**
 * Export du résultat filtré du catalogue en CSV (séparateur « ; », UTF-8 avec BOM, lisible par Excel
 * en français) ou en classeur Excel. Les libellés sont en français, les dates au format jj/mm/aaaa.
 */
export async function exporterActions(contexte: Contexte, filtres: FiltresCatalogue, format: "csv" | "xlsx"): Promise<{ contenu: Buffer; lignes: number }> {
  const resultat = await rechercherActions(contexte, filtres, { toutesLesLignes: true, limite: LIMITE_EXPORT });
  const { db } = contexte;
  const freins = new Map(
    (await db.nomenclature.findMany({ where: { liste: "FREIN" }, select: { code: true, libelle: true } })).map((f) => [f.code, f.libelle]),
  );
  const date = (d: Date | null) => (d ? d.toISOString().slice(0, 10).split("-").reverse().join("/") : "");

  const classeur = new ExcelJS.Workbook();
  classeur.creator = "Pilote Insertion";
  const feuille = classeur.addWorksheet("Catalogue");
  feuille.columns = COLONNES;
  feuille.getRow(1).font = { bold: true };
  for (const a of resultat.lignes) {
    const occ = calculerOccupation(a.capacite, a.uniteCapacite, a.participantsEnCours);
    feuille.addRow({
      code: a.code,
      intitule: a.intitule,
      porteur: a.porteur ?? "",
      programme: a.programme ?? "",
      visee: LIBELLES_VISEE[a.visee],
      publics: a.publics.map((p) => LIBELLES_PUBLICS[p as Public] ?? p).join(", "),
      freins: a.freins.map((f) => freins.get(f) ?? f).join(", "),
      territoires: a.territoires,
      capacite: a.capacite ?? "",
      unite: a.uniteCapacite ? LIBELLES_UNITE[a.uniteCapacite].pluriel : "",
      participants: a.participantsEnCours,
      restantes: occ.placesRestantes ?? "",
      attente: a.listeAttente,
      mode: a.modeIntervention ? LIBELLES_MODE[a.modeIntervention] : "",
      nature: a.nature ? LIBELLES_NATURE[a.nature] : "",
      debut: date(a.dateDebut),
      fin: date(a.dateFin),
      etat: a.suspendue ? "Suspendue" : "Active",
      objectifs: a.objectifs,
    });
  }
  await journaliser(db, contexte.acteur, { operation: "EXPORT", entite: "ActionInsertion", details: { format, lignes: resultat.lignes.length, filtres: { ...filtres } } });

  return { contenu: await ecrireClasseur(classeur, format), lignes: resultat.lignes.length };
}
