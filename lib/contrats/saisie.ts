// Conversion d'un contrat enregistré en valeurs de l'éditeur (et valeurs d'un nouveau contrat).
import { versSaisie } from "@/lib/montants";
import { finParDefaut } from "./domain/dates";
import { PARAMETRES_CONTRAT_DEFAUT, type ParametresContrat } from "./domain/parametres";

const jour = (d: Date) => d.toISOString().slice(0, 10);
const nombre = (n: number | null) => (n === null ? "" : String(n).replace(".", ","));

/** Nouveau contrat : commence aujourd'hui (jamais avant l'ouverture des droits), dure la durée maximale du département. */
export function contratVide(aujourdHui = new Date(), ouvertureDroits: Date | null = null, parametres: Pick<ParametresContrat, "dureeMaxMois"> = PARAMETRES_CONTRAT_DEFAUT) {
  const ceJour = new Date(Date.UTC(aujourdHui.getUTCFullYear(), aujourdHui.getUTCMonth(), aujourdHui.getUTCDate()));
  const debut = ouvertureDroits && ouvertureDroits > ceJour ? ouvertureDroits : ceJour;
  const fin = finParDefaut(debut, parametres);
  return {
    dateDebut: jour(debut),
    dateFin: jour(fin),
    motifMinoration: "",
    motifExemption: "",
    heuresSalariees: "",
    objectifs: [{ libelle: "", frein: "", activites: [{ libelle: "", categorie: "PROFESSIONNELLE", mode: "ACCOMPAGNEE", heuresHebdo: "", actionId: "" }] }],
    aides: [] as { typeAide: string; objet: string; montant: string }[],
  };
}

export function contratEnSaisie(c: {
  id: string;
  version: number;
  dateDebut: Date;
  dateFin: Date;
  motifMinoration: string | null;
  motifExemption: string | null;
  heuresSalariees: number | null;
  objectifs: { libelle: string; frein: string | null; activites: { libelle: string; categorie: string; mode: string; heuresHebdo: number; actionId: string | null }[] }[];
  aides: { typeAide: string; objet: string; montantCentimes: bigint }[];
}) {
  return {
    id: c.id,
    version: c.version,
    dateDebut: jour(c.dateDebut),
    dateFin: jour(c.dateFin),
    motifMinoration: c.motifMinoration ?? "",
    motifExemption: c.motifExemption ?? "",
    heuresSalariees: nombre(c.heuresSalariees),
    objectifs: c.objectifs.map((o) => ({
      libelle: o.libelle,
      frein: o.frein ?? "",
      activites: o.activites.map((a) => ({ libelle: a.libelle, categorie: a.categorie, mode: a.mode, heuresHebdo: nombre(a.heuresHebdo), actionId: a.actionId ?? "" })),
    })),
    aides: c.aides.map((a) => ({ typeAide: a.typeAide, objet: a.objet, montant: versSaisie(a.montantCentimes) })),
  };
}
