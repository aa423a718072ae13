import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lireCsv } from "./tableur";
import { lireXml } from "./xml";
import { ErreurFichierIllisible, type ElementLu } from "./types";

const dossier = fs.mkdtempSync(path.join(os.tmpdir(), "lecteurs-"));
afterAll(() => fs.rmSync(dossier, { recursive: true, force: true }));
const ecrire = (nom: string, contenu: string) => {
  const chemin = path.join(dossier, nom);
  fs.writeFileSync(chemin, contenu);
  return chemin;
};
async function tout(g: AsyncGenerator<ElementLu>) {
  const l: ElementLu[] = [];
  for await (const e of g) l.push(e);
  return l;
}

const ENTETE = "\uFEFFN° demande RSA;N° allocataire;État du droit;Date de demande;Date de clôture;Code INSEE;Code postal;Adresse;Rôle;Civilité;Nom;Prénom;Date de naissance;NIR;Soumis droits et devoirs\r\n";

describe("lecture des tableurs et des flux", () => {
  it("regroupe les lignes d'un même foyer et convertit les dates jj/mm/aaaa", async () => {
    const chemin = ecrire(
      "a.csv",
      ENTETE +
        "61100000001;1000001;2;01/02/2026;;61001;61000;1 rue a;DEM;MME;DUPONT;Marie;28/07/1978;278076100100144;1\r\n" +
        "61100000001;1000001;2;01/02/2026;;61001;61000;1 rue a;ENF;MR;DUPONT;Léo;01/01/2015;;0\r\n" +
        "61100000002;1000002;5;01/02/2025;31/10/2026;61006;61200;\"2 rue « b ; c »\";DEM;MR;MARTIN;Jean;02/03/1980;180036100600135;1\r\n",
    );
    const foyers = (await tout(lireCsv(chemin, () => {}))).filter((e) => e.type === "foyer").map((e) => (e.type === "foyer" ? e.foyer : null)!);
    expect(foyers).toHaveLength(2);
    expect(foyers[0]).toMatchObject({ position: 1, numdemrsa: "61100000001", dtdemrsa: "2026-02-01", numcom: "61001" });
    expect(foyers[0]!.personnes.map((p) => [p.role, p.dtnai])).toEqual([["DEM", "1978-07-28"], ["ENF", "2015-01-01"]]);
    expect(foyers[1]).toMatchObject({ position: 2, dtclorsa: "2026-10-31", libvoie: "2 rue « b ; c »" });
  });

  it("refuse un CSV tronqué au milieu d'une ligne et un CSV sans les colonnes attendues", async () => {
    const tronque = ecrire("t.csv", ENTETE + "61100000001;1000001;2;01/02/2026;;61001;61000;1 rue a;DEM;MME;DUP");
    await expect(tout(lireCsv(tronque, () => {}))).rejects.toBeInstanceOf(ErreurFichierIllisible);
    const autre = ecrire("autre.csv", "nom;prenom\r\nDUPONT;Marie\r\n");
    await expect(tout(lireCsv(autre, () => {}))).rejects.toThrow(/Colonnes introuvables/);
  });

  it("lit l'en-tête du flux XML et refuse un XML tronqué", async () => {
    const xml = `<?xml version="1.0"?><FluxBeneficiaires organisme="MSA" departement="61" dateFlux="2026-11-30" numeroFlux="N1"><Foyer><NUMDEMRSA>1</NUMDEMRSA><Personne><ROLEPERS>DEM</ROLEPERS></Personne></Foyer></FluxBeneficiaires>`;
    const elements = await tout(lireXml(ecrire("f.xml", xml), () => {}));
    expect(elements[0]).toEqual({ type: "entete", entete: { format: "XML", organisme: "MSA", departement: "61", dateFlux: "2026-11-30", numeroFlux: "N1" } });
    expect(elements[1]).toMatchObject({ type: "foyer", foyer: { position: 1, numdemrsa: "1", personnes: [{ role: "DEM" }] } });
    await expect(tout(lireXml(ecrire("t.xml", xml.slice(0, 150)), () => {}))).rejects.toBeInstanceOf(ErreurFichierIllisible);
  });
});
