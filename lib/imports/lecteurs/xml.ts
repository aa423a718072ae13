// Lecture en flux d'un fichier « FluxBeneficiaires » (XML CNAF) avec saxes : un foyer à la fois.
import fs from "node:fs";
import { SaxesParser } from "saxes";
import type { FoyerBrut, PersonneBrute } from "../domain/foyer";
import { ErreurFichierIllisible, type ElementLu } from "./types";

const CHAMPS_FOYER = new Set(["NUMDEMRSA", "MATRICULE", "DTDEMRSA", "ETATDOSRSA", "DTCLORSA", "NUMCOM", "CODEPOS", "LIBVOIE"]);
const CHAMPS_PERSONNE = new Set(["ROLEPERS", "QUAL", "NOM", "PRENOM", "DTNAI", "NIR", "TOPPERSDRODEVORSA"]);

const personneVide = (): PersonneBrute => ({ role: "", qual: "", nom: "", prenom: "", dtnai: "", nir: "", soumis: "" });
const foyerVide = (position: number): FoyerBrut => ({ position, numdemrsa: "", matricule: "", dtdemrsa: "", etat: "", dtclorsa: "", numcom: "", codepos: "", libvoie: "", personnes: [] });

export async function* lireXml(chemin: string, octetsLus: (n: number) => void): AsyncGenerator<ElementLu> {
  const parser = new SaxesParser();
  const prets: ElementLu[] = [];
  let racineVue = false;
  let foyer: FoyerBrut | null = null;
  let personne: PersonneBrute | null = null;
  let texte = "";
  let position = 0;
  let erreur: Error | null = null;

  parser.on("error", (e) => {
    erreur ??= e;
  });
  parser.on("opentag", (tag) => {
    texte = "";
    if (!racineVue) {
      racineVue = true;
      if (tag.name !== "FluxBeneficiaires") throw new ErreurFichierIllisible(`Ce n'est pas un flux « bénéficiaires » : l'élément racine est <${tag.name}>.`);
      const a = tag.attributes as Record<string, string>;
      prets.push({ type: "entete", entete: { format: "XML", organisme: a.organisme ?? null, departement: a.departement ?? null, dateFlux: a.dateFlux ?? null, numeroFlux: a.numeroFlux ?? null } });
      return;
    }
    if (tag.name === "Foyer") foyer = foyerVide(++position);
    else if (tag.name === "Personne" && foyer) personne = personneVide();
  });
  parser.on("text", (t) => {
    texte += t;
  });
  parser.on("closetag", (tag) => {
    const valeur = texte.trim();
    texte = "";
    if (personne && CHAMPS_PERSONNE.has(tag.name)) {
      const p = personne;
      switch (tag.name) {
        case "ROLEPERS": p.role = valeur; break;
        case "QUAL": p.qual = valeur; break;
        case "NOM": p.nom = valeur; break;
        case "PRENOM": p.prenom = valeur; break;
        case "DTNAI": p.dtnai = valeur; break;
        case "NIR": p.nir = valeur; break;
        case "TOPPERSDRODEVORSA": p.soumis = valeur; break;
      }
    } else if (tag.name === "Personne" && foyer && personne) {
      foyer.personnes.push(personne);
      personne = null;
    } else if (foyer && CHAMPS_FOYER.has(tag.name)) {
      const f = foyer;
      switch (tag.name) {
        case "NUMDEMRSA": f.numdemrsa = valeur; break;
        case "MATRICULE": f.matricule = valeur; break;
        case "DTDEMRSA": f.dtdemrsa = valeur; break;
        case "ETATDOSRSA": f.etat = valeur; break;
        case "DTCLORSA": f.dtclorsa = valeur; break;
        case "NUMCOM": f.numcom = valeur; break;
        case "CODEPOS": f.codepos = valeur; break;
        case "LIBVOIE": f.libvoie = valeur; break;
      }
    } else if (tag.name === "Foyer" && foyer) {
      prets.push({ type: "foyer", foyer });
      foyer = null;
    }
  });

  const flux = fs.createReadStream(chemin, { encoding: "utf8", highWaterMark: 256 * 1024 });
  let debut = true;
  for await (const morceau of flux as AsyncIterable<string>) {
    if (debut) {
      debut = false;
      if (!/^\uFEFF?\s*</.test(morceau)) throw new ErreurFichierIllisible("Ce fichier n'est pas du XML.");
    }
    parser.write(morceau);
    if (erreur) throw new ErreurFichierIllisible(`XML mal formé : ${(erreur as Error).message}`);
    octetsLus(flux.bytesRead);
    while (prets.length) yield prets.shift()!;
  }
  parser.close();
  if (erreur) throw new ErreurFichierIllisible(`Fichier XML incomplet ou mal formé (tronqué ?) : ${(erreur as Error).message}`);
  if (!racineVue) throw new ErreurFichierIllisible("Le fichier est vide.");
  while (prets.length) yield prets.shift()!;
}
