import "server-only";
import type { Contexte } from "@/lib/contexte";
import { ErreurIntrouvable } from "@/lib/errors";
import { perimetreActionsModifiables } from "../perimetre";
import { optionsCatalogue, porteursPossibles } from "./options-catalogue";

const date = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
const nombre = (n: number | null) => (n === null ? "" : String(n).replace(".", ","));

/** Valeurs initiales et listes du formulaire d'action ; une action hors périmètre d'écriture → introuvable. */
export async function formulaireAction(contexte: Contexte, id?: string) {
  const [options, porteurs] = await Promise.all([optionsCatalogue(contexte), porteursPossibles(contexte)]);
  const listes = { ...options, porteurs };
  if (!id) {
    const initiales = { structureId: contexte.acteur.role === "OPERATEUR" ? (contexte.acteur.structureId ?? "") : "", participantsEnCours: "0", listeAttente: "0" };
    return { listes, initiales, intitule: null };
  }
  const a = await contexte.db.actionInsertion.findFirst({
    where: { AND: [{ id }, perimetreActionsModifiables(contexte.acteur)] },
    include: { territoires: { select: { territoireId: true } } },
  });
  if (!a) throw new ErreurIntrouvable("Action");
  const initiales: Record<string, string | string[]> = {
    id: a.id,
    version: String(a.version),
    code: a.code,
    intitule: a.intitule,
    structureId: a.structureId ?? "",
    programmeId: a.programmeId ?? "",
    axeId: a.axeId ?? "",
    visee: a.visee,
    nature: a.nature ?? "",
    objectifs: a.objectifs,
    publicCible: a.publicCible ?? "",
    publics: a.publics,
    freins: a.freins,
    toutDepartement: a.toutDepartement ? "1" : "",
    territoires: a.territoires.map((t) => t.territoireId),
    secteurGeographique: a.secteurGeographique ?? "",
    lieuIntervention: a.lieuIntervention ?? "",
    modeIntervention: a.modeIntervention ?? "",
    heuresHebdo: nombre(a.heuresHebdo),
    duree: a.duree ?? "",
    entreesSortiesPermanentes: a.entreesSortiesPermanentes ? "1" : "",
    modalites: a.modalites ?? "",
    modalitesPrescription: a.modalitesPrescription ?? "",
    contacts: a.contacts ?? "",
    capacite: nombre(a.capacite),
    uniteCapacite: a.uniteCapacite ?? "",
    participantsEnCours: String(a.participantsEnCours),
    listeAttente: String(a.listeAttente),
    dateDebut: date(a.dateDebut),
    dateFin: date(a.dateFin),
  };
  return { listes, initiales, intitule: `${a.code} — ${a.intitule}` };
}
