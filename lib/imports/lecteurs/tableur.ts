// Lecture en flux des tableurs (CSV « ; » UTF-8 avec BOM, XLSX) : une ligne par personne, regroupées
// en foyers par n° de demande RSA (lignes consécutives). Colonnes nommées comme les exports des
// départements, rapprochées une fois pour toutes des champs du flux (COLONNES ci-dessous).
import fs from "node:fs";
import { parse } from "csv-parse";
import ExcelJS from "exceljs";
import { dateFrancaiseVersIso, type FoyerBrut } from "../domain/foyer";
import { ErreurFichierIllisible, type ElementLu, type FormatFichier } from "./types";

type Champ = "numdemrsa" | "matricule" | "etat" | "dtdemrsa" | "dtclorsa" | "numcom" | "codepos" | "libvoie" | "role" | "qual" | "nom" | "prenom" | "dtnai" | "nir" | "soumis";

/** En-têtes reconnus (sans accents ni casse) → champ du flux. Une variante par département s'ajoute ici. */
const COLONNES: Record<string, Champ> = {
  "n demande rsa": "numdemrsa", numdemrsa: "numdemrsa",
  "n allocataire": "matricule", matricule: "matricule",
  "etat du droit": "etat", etatdosrsa: "etat",
  "date de demande": "dtdemrsa", dtdemrsa: "dtdemrsa",
  "date de cloture": "dtclorsa", dtclorsa: "dtclorsa",
  "code insee": "numcom", numcom: "numcom",
  "code postal": "codepos", codepos: "codepos",
  adresse: "libvoie", libvoie: "libvoie",
  role: "role", rolepers: "role",
  civilite: "qual", qual: "qual",
  nom: "nom",
  prenom: "prenom",
  "date de naissance": "dtnai", dtnai: "dtnai",
  nir: "nir",
  "soumis droits et devoirs": "soumis", toppersdrodevorsa: "soumis",
};
const OBLIGATOIRES: Champ[] = ["numdemrsa", "etat", "dtdemrsa", "numcom", "role", "nom", "prenom", "dtnai"];

const normaliser = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[°º]/g, "").replace(/\s+/g, " ").trim().toLowerCase();

function correspondance(entetes: string[]): (Champ | null)[] {
  const champs = entetes.map((e) => COLONNES[normaliser(e)] ?? null);
  const manquants = OBLIGATOIRES.filter((c) => !champs.includes(c));
  if (manquants.length) {
    throw new ErreurFichierIllisible(`Colonnes introuvables : ${manquants.join(", ")}. En-tête attendu : « N° demande RSA;N° allocataire;État du droit;Date de demande;… » (voir la documentation de l'import).`);
  }
  return champs;
}

/** Regroupe les lignes consécutives d'un même foyer. */
async function* regrouper(lignes: AsyncIterable<Record<Champ, string>>, format: FormatFichier): AsyncGenerator<ElementLu> {
  yield { type: "entete", entete: { format, organisme: null, departement: null, dateFlux: null, numeroFlux: null } };
  let courant: FoyerBrut | null = null;
  let cle = "";
  let position = 0;
  for await (const l of lignes) {
    const k = l.numdemrsa || `m:${l.matricule}`;
    if (!courant || k !== cle) {
      if (courant) yield { type: "foyer", foyer: courant };
      cle = k;
      courant = {
        position: ++position,
        numdemrsa: l.numdemrsa,
        matricule: l.matricule,
        dtdemrsa: dateFrancaiseVersIso(l.dtdemrsa),
        etat: l.etat,
        dtclorsa: l.dtclorsa ? dateFrancaiseVersIso(l.dtclorsa) : "",
        numcom: l.numcom,
        codepos: l.codepos,
        libvoie: l.libvoie,
        personnes: [],
      };
    }
    courant.personnes.push({ role: l.role, qual: l.qual, nom: l.nom, prenom: l.prenom, dtnai: dateFrancaiseVersIso(l.dtnai), nir: l.nir.replace(/\s/g, ""), soumis: l.soumis });
  }
  if (courant) yield { type: "foyer", foyer: courant };
}

function enLigne(valeurs: string[], champs: (Champ | null)[]): Record<Champ, string> {
  const l = { numdemrsa: "", matricule: "", etat: "", dtdemrsa: "", dtclorsa: "", numcom: "", codepos: "", libvoie: "", role: "", qual: "", nom: "", prenom: "", dtnai: "", nir: "", soumis: "" } as Record<Champ, string>;
  champs.forEach((c, i) => {
    if (c) l[c] = (valeurs[i] ?? "").trim();
  });
  return l;
}

export async function* lireCsv(chemin: string, octetsLus: (n: number) => void): AsyncGenerator<ElementLu> {
  const flux = fs.createReadStream(chemin, { highWaterMark: 256 * 1024 });
  const analyseur = flux.pipe(parse({ delimiter: ";", bom: true, relax_quotes: false, skip_empty_lines: true }));
  flux.on("error", (e) => analyseur.destroy(e));
  async function* lignes(): AsyncGenerator<Record<Champ, string>> {
    let champs: (Champ | null)[] | null = null;
    try {
      for await (const valeurs of analyseur as AsyncIterable<string[]>) {
        if (!champs) {
          champs = correspondance(valeurs);
          continue;
        }
        octetsLus(flux.bytesRead);
        yield enLigne(valeurs, champs);
      }
    } catch (e) {
      if (e instanceof ErreurFichierIllisible) throw e;
      throw new ErreurFichierIllisible(`Fichier CSV incomplet ou mal formé (tronqué ?) : ${(e as Error).message}`);
    }
    if (!champs) throw new ErreurFichierIllisible("Le fichier est vide.");
  }
  yield* regrouper(lignes(), "CSV");
}

function texteCellule(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return `${String(v.getUTCDate()).padStart(2, "0")}/${String(v.getUTCMonth() + 1).padStart(2, "0")}/${v.getUTCFullYear()}`;
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("text" in v) return String(v.text);
    if ("result" in v) return String(v.result ?? "");
    return "";
  }
  return String(v);
}

export async function* lireXlsx(chemin: string, octetsLus: (n: number) => void): AsyncGenerator<ElementLu> {
  const flux = fs.createReadStream(chemin, { highWaterMark: 256 * 1024 });
  const lecteur = new ExcelJS.stream.xlsx.WorkbookReader(flux, { worksheets: "emit", sharedStrings: "cache", hyperlinks: "ignore", styles: "ignore", entries: "emit" });
  async function* lignes(): AsyncGenerator<Record<Champ, string>> {
    let champs: (Champ | null)[] | null = null;
    try {
      for await (const feuille of lecteur) {
        for await (const ligne of feuille) {
          const valeurs = (ligne.values as ExcelJS.CellValue[]).slice(1).map(texteCellule);
          if (!champs) {
            champs = correspondance(valeurs);
            continue;
          }
          octetsLus(flux.bytesRead);
          yield enLigne(valeurs, champs);
        }
        break; // la première feuille seulement
      }
    } catch (e) {
      if (e instanceof ErreurFichierIllisible) throw e;
      throw new ErreurFichierIllisible(`Classeur XLSX illisible (tronqué ?) : ${(e as Error).message}`);
    }
    if (!champs) throw new ErreurFichierIllisible("Le classeur est vide.");
  }
  yield* regrouper(lignes(), "XLSX");
}
