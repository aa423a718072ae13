// Import des flux CAF/MSA et des tableurs : fichiers du générateur partagé, comparés exactement à leur
// <fichier>.attendu.json (résumé ET base), idempotence, rejets, fichiers illisibles, conséquences.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { cheminGenerateurFlux } from "@/tests/setup/generateur-flux";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { creerClient } from "@/lib/db-script";
import { chargerDemo, contexteDe } from "./outils";
import { evenementsATraiter, fluxParMois } from "@/lib/imports/queries/evenements";
import { communesAAffecter, exporterRejets, listerImports, obtenirImport } from "@/lib/imports/queries/imports";
import { ErreurIntrouvable, ErreurPermission } from "@/lib/errors";
import { executerMaintenant } from "@/lib/taches/file";
import { pageDossier } from "@/lib/beneficiaires/queries/page-dossier";
import { creerImport } from "@/lib/imports/enregistrer";
import { importerFichier, type ResumeImport } from "@/lib/imports/importer";

const db = creerClient();
const dossier = fs.mkdtempSync(path.join(os.tmpdir(), "imports-int-"));
const GENERATEUR = cheminGenerateurFlux();
const generer = (...args: string[]) => execFileSync("node", [GENERATEUR, ...args], { cwd: dossier, stdio: "ignore" });
const attendu = (f: string) => JSON.parse(fs.readFileSync(path.join(dossier, `${f}.attendu.json`), "utf8")) as Record<string, unknown>;

let cd13: string;
let orne: string;

async function importer(fichier: string, departementId = cd13): Promise<ResumeImport> {
  const chemin = path.join(dossier, fichier);
  const imp = await creerImport(db, { departementId, utilisateurId: null, nomFichier: fichier, chemin });
  return importerFichier({ importId: imp.id });
}

/** Le résumé contient chaque clé de l'attendu avec la même valeur (hors commentaires). */
function comparer(resume: ResumeImport, a: Record<string, unknown>) {
  for (const [cle, valeur] of Object.entries(a)) {
    if (cle === "reimportDuMemeFichier" || cle === "note") continue;
    expect(resume[cle as keyof ResumeImport], cle).toEqual(valeur);
  }
}

const compterFlux = async (departementId: string) => {
  const [r] = await db.$queryRaw<{ foyers: number; personnes: number; versables: number }[]>`
    SELECT count(DISTINCT f.id)::int AS foyers, count(p.id)::int AS personnes, count(DISTINCT f.id) FILTER (WHERE f.etat_dossier_rsa = '2')::int AS versables
    FROM foyer f LEFT JOIN personne p ON p.foyer_id = f.id AND p.date_sortie_foyer IS NULL
    WHERE f.departement_id = ${departementId} AND f.numero_demande_rsa IS NOT NULL`;
  return r!;
};

beforeAll(async () => {
  await chargerDemo(db);
  cd13 = (await db.departement.findUniqueOrThrow({ where: { code: "13" } })).id;
  orne = (await db.departement.findUniqueOrThrow({ where: { code: "61" } })).id;
  generer("--departement", "13", "--foyers", "1000", "--graine", "1", "--sortie", "j1.xml");
  generer("--suite-de", "j1.xml", "--part", "0.1", "--sortie", "j2.xml");
  generer("--departement", "13", "--foyers", "300", "--erreurs", "30", "--graine", "3", "--sortie", "e.xml");
  generer("--departement", "13", "--foyers", "200", "--tronquer", "--graine", "4", "--sortie", "t.xml");
  generer("--departement", "61", "--foyers", "300", "--format", "csv", "--graine", "5", "--sortie", "o.csv");
}, 120_000);

afterAll(async () => {
  fs.rmSync(dossier, { recursive: true, force: true });
  await db.$disconnect();
});

describe("communes officielles", () => {
  it("connaît toutes les communes des deux départements, Marseille par arrondissement, chacune rattachée ou « à affecter »", async () => {
    const communes = await db.$queryRaw<{ code: string; n: number; rattachees: number; marseille: number }[]>`
      SELECT d.code, count(*)::int AS n, count(*) FILTER (WHERE t.parent_id IS NOT NULL)::int AS rattachees,
             count(*) FILTER (WHERE t.code_insee BETWEEN '13201' AND '13216')::int AS marseille
      FROM territoire t JOIN departement d ON d.id = t.departement_id
      WHERE t.type IN ('COMMUNE', 'ARRONDISSEMENT') AND t.code_insee IS NOT NULL GROUP BY d.code ORDER BY d.code`;
    expect(communes).toEqual([
      { code: "13", n: 134, rattachees: 134, marseille: 16 },
      { code: "61", n: 381, rattachees: 381 - 32, marseille: 0 },
    ]);
  });
});

describe("import d'un flux complet puis du delta du lendemain", () => {
  it("applique le flux complet exactement comme attendu, puis le réimporte sans aucun changement", async () => {
    const avant = await compterFlux(cd13);
    const r = await importer("j1.xml");
    comparer(r, attendu("j1.xml"));
    expect(r.fichierIllisible).toBe(false);
    const a = attendu("j1.xml");
    const apres = await compterFlux(cd13);
    expect(apres.foyers - avant.foyers).toBe(a.foyersAppliques);
    expect(apres.personnes - avant.personnes).toBe(a.personnesAppliquees);
    expect(apres.versables - avant.versables).toBe(a.droitsOuvertsEtVersables);
    // le NIR n'est jamais stocké en clair
    const [nir] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM personne WHERE nir_masque ~ '^[12][0-9]{12}'`;
    expect(nir!.n).toBe(0);

    const encore = await importer("j1.xml");
    expect(encore.changements).toBe(0);
    expect(encore.fluxDejaImporte).toBe(true);
    expect(encore.foyersAppliques).toBe(a.foyersAppliques);
    expect(await compterFlux(cd13)).toEqual(apres);
  });

  it("applique le delta (clôtures, suspensions, déménagements, conjoints, nouveaux foyers) avec ses événements et leurs conséquences", async () => {
    // un contrat en cours pour le demandeur d'un foyer que le delta clôt
    const xml = fs.readFileSync(path.join(dossier, "j2.xml"), "utf8");
    const clos = /<NUMDEMRSA>(\d+)<\/NUMDEMRSA>(?:(?!<\/Foyer>)[\s\S])*?<ETATDOSRSA>5<\/ETATDOSRSA>/.exec(xml)![1]!;
    const demandeur = await db.personne.findFirstOrThrow({ where: { role: "DEMANDEUR", foyer: { departementId: cd13, numeroDemandeRsa: clos } } });
    const referent = await db.utilisateur.findFirstOrThrow({ where: { courriel: "referent.pole1@cd13.demo" } });
    const contrat = await db.contratEngagement.create({
      data: { personneId: demandeur.id, referentId: referent.id, statut: "EN_COURS", dateDebut: new Date("2026-06-01"), dateFin: new Date("2027-05-31") },
    });
    await db.periodeReferent.create({ data: { personneId: demandeur.id, referentId: referent.id, dateDebut: new Date("2026-06-01") } });

    const r = await importer("j2.xml");
    comparer(r, attendu("j2.xml"));
    const evenements = await db.$queryRaw<{ type: string; n: number }[]>`
      SELECT type, count(*)::int AS n FROM evenement_foyer WHERE import_id = ${r.importId} GROUP BY type ORDER BY type`;
    const parType = Object.fromEntries(evenements.map((e) => [e.type, e.n]));
    const a = attendu("j2.xml");
    expect(parType.ENTRANT).toBe(a.entrants);
    expect(parType.SORTANT).toBe(a.sortants);
    expect(parType.SUSPENSION).toBe(a.suspensions);
    expect(parType.DEMENAGEMENT).toBe(a.demenagements);
    expect(parType.ARRIVEE_MEMBRE).toBe(a.conjointsArrives);
    expect(parType.DEPART_MEMBRE).toBeUndefined();
    expect(parType.CHANGEMENT_TERRITOIRE ?? 0).toBe(r.changementsDeTerritoire);
    // le dossier d'une personne importée s'ouvre (lecture journalisée), NIR masqué
    const fiche = await pageDossier(await contexteDe(db, "referent.pole1@cd13.demo"), demandeur.id);
    expect(JSON.stringify(fiche)).not.toMatch(/[12]\d{14}/);
    const rompu = await db.contratEngagement.findUniqueOrThrow({ where: { id: contrat.id } });
    expect(rompu.statut).toBe("ROMPU");
    expect(rompu.motifRupture).toContain("Fin de droit RSA");

    // le référent le voit dans son « à faire », avec le contrat rompu ; un autre référent non
    const aFaire = await evenementsATraiter(await contexteDe(db, "referent.pole1@cd13.demo"));
    expect(aFaire.lignes).toContainEqual(expect.objectContaining({ personneId: demandeur.id, type: "SORTANT", contratRompu: true }));
    const autre = await evenementsATraiter(await contexteDe(db, "referent.pole2@cd13.demo"));
    expect(autre.lignes.some((l) => l.personneId === demandeur.id)).toBe(false);
    // le tableau de bord du département compte entrants et sortants sur les événements
    const flux = await fluxParMois(await contexteDe(db, "charge.mission@cd13.demo"), null, 2026);
    const [compte] = await db.$queryRaw<{ entrants: number; sortants: number }[]>`
      SELECT count(*) FILTER (WHERE type = 'ENTRANT')::int AS entrants, count(*) FILTER (WHERE type = 'SORTANT')::int AS sortants FROM evenement_foyer WHERE departement_id = ${cd13}`;
    expect(flux.totaux).toMatchObject({ entrants: compte!.entrants, sortants: compte!.sortants });
    expect(flux.totaux.sortants).toBe(a.sortants);

    const encore = await importer("j2.xml");
    expect(encore.changements).toBe(0);
    expect(encore.entrants + encore.sortants + encore.suspensions + encore.demenagements + encore.conjointsArrives).toBe(0);
  });
});

describe("allocataire qui redemande le RSA", () => {
  it("un nouveau n° de demande avec le même matricule crée un nouveau foyer sans faire échouer l'import", async () => {
    const xml = fs.readFileSync(path.join(dossier, "j1.xml"), "utf8");
    const foyer = /<Foyer>[\s\S]*?<\/Foyer>/.exec(xml)![0].replace(/<NUMDEMRSA>\d+<\/NUMDEMRSA>/, "<NUMDEMRSA>13999999999</NUMDEMRSA>");
    const entete = xml.split("\n").slice(0, 2).join("\n").replace(/numeroFlux="[^"]+"/, 'numeroFlux="redemande"');
    fs.writeFileSync(path.join(dossier, "redemande.xml"), `${entete}\n${foyer}\n</FluxBeneficiaires>\n`);
    const r = await importer("redemande.xml");
    expect(r).toMatchObject({ fichierIllisible: false, foyersAppliques: 1, nouveauxFoyers: 1 });
  });
});

describe("rejets et fichiers illisibles", () => {
  it("rejette chaque foyer en erreur seul, avec sa position, son champ et un motif en français, et applique les autres", async () => {
    const r = await importer("e.xml");
    comparer(r, attendu("e.xml"));
    const rejets = await db.rejetImport.findMany({ where: { importId: r.importId }, orderBy: { position: "asc" } });
    expect(rejets).toHaveLength(30);
    expect(rejets[0]).toMatchObject({ position: 1, code: "NIR_INVALIDE" });
    expect(rejets.every((x) => x.motif.length > 10 && x.champ)).toBe(true);
    const imp = await db.importFlux.findUniqueOrThrow({ where: { id: r.importId } });
    expect(imp).toMatchObject({ statut: "TERMINE", foyersRejetes: 30, foyersAppliques: 270 });
  });

  it("n'applique rien d'un fichier tronqué et dit pourquoi", async () => {
    const avant = await compterFlux(cd13);
    const r = await importer("t.xml");
    expect(r).toMatchObject({ fichierIllisible: true, foyersAppliques: attendu("t.xml").foyersAppliques });
    expect(r.motif).toMatch(/tronqué|incomplet/);
    expect(await compterFlux(cd13)).toEqual(avant);
    expect((await db.importFlux.findUniqueOrThrow({ where: { id: r.importId } })).statut).toBe("ILLISIBLE");
  });

  it("refuse en entier un flux d'un autre département et un fichier qui n'est pas un flux", async () => {
    generer("--departement", "61", "--foyers", "20", "--graine", "9", "--sortie", "orne.xml");
    const autre = await importer("orne.xml", cd13);
    expect(autre).toMatchObject({ fichierIllisible: true, foyersAppliques: 0 });
    expect(autre.motif).toContain("61");
    fs.writeFileSync(path.join(dossier, "pas-un-flux.xml"), "<html><body>bonjour</body></html>");
    expect((await importer("pas-un-flux.xml")).fichierIllisible).toBe(true);
  });
});

describe("tableurs de l'Orne", () => {
  it("importe le CSV exactement comme attendu, signale les communes « à affecter », et le réimport ne change rien", async () => {
    const avant = await compterFlux(orne);
    const r = await importer("o.csv", orne);
    comparer(r, attendu("o.csv"));
    expect(r.format).toBe("CSV");
    const apres = await compterFlux(orne);
    expect(apres.foyers - avant.foyers).toBe(attendu("o.csv").foyersAppliques);
    const [aAffecter] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM foyer f JOIN territoire t ON t.id = f.territoire_id WHERE f.departement_id = ${orne} AND t.parent_id IS NULL`;
    expect(aAffecter!.n).toBe(r.foyersTerritoireAAffecter);
    // signalées à l'administrateur sur /imports
    const communes = await communesAAffecter(await contexteDe(db, "admin@orne.demo"));
    expect(communes).toHaveLength(32);
    expect(communes.reduce((s, c) => s + c.foyers, 0)).toBe(r.foyersTerritoireAAffecter);
    expect(communes.map((c) => c.nom)).toContain("L'Aigle");
    expect((await importer("o.csv", orne)).changements).toBe(0);
  });

  it("lit le même contenu en XLSX (lecteur en flux d'ExcelJS) sans rien changer", async () => {
    const classeur = new ExcelJS.Workbook();
    const feuille = classeur.addWorksheet("Allocataires");
    const lignes = fs.readFileSync(path.join(dossier, "o.csv"), "utf8").replace(/^\uFEFF/, "").trim().split(/\r\n/);
    for (const l of lignes) feuille.addRow(l.split(";"));
    await classeur.xlsx.writeFile(path.join(dossier, "o.xlsx"));
    const r = await importer("o.xlsx", orne);
    expect(r.format).toBe("XLSX");
    expect(r).toMatchObject({ foyersDansLeFichier: 300, foyersAppliques: 300, changements: 0 });
  });
});

describe("droits sur les imports", () => {
  it("seuls l'administrateur et le chargé de mission du département voient un import ; hors département, 404", async () => {
    const r = await importer("e.xml");
    await expect(obtenirImport(await contexteDe(db, "charge.mission@cd13.demo"), r.importId)).resolves.toMatchObject({ id: r.importId, foyersRejetes: 30 });
    await expect(obtenirImport(await contexteDe(db, "admin@orne.demo"), r.importId)).rejects.toBeInstanceOf(ErreurIntrouvable);
    await expect(listerImports(await contexteDe(db, "referent.pole1@cd13.demo"))).rejects.toBeInstanceOf(ErreurPermission);
    await expect(obtenirImport(await contexteDe(db, "lecteur@cd13.demo"), r.importId)).rejects.toBeInstanceOf(ErreurPermission);
    // l'export des rejets neutralise les formules et est journalisé
    const { contenu } = await exporterRejets(await contexteDe(db, "admin@cd13.demo"), r.importId);
    expect(contenu.split("\r\n").filter(Boolean)).toHaveLength(31);
    const journal = await db.journalAudit.findMany({ where: { entite: "ImportFlux", entiteId: r.importId } });
    expect(journal.map((j) => j.operation).sort()).toEqual(["EXPORT", "IMPORT"]);
  });
});

describe("tâche de fond", () => {
  it("la tâche imports:flux du lanceur importe, publie l'avancement et rafraîchit les agrégats des tableaux de bord", async () => {
    generer("--departement", "13", "--foyers", "150", "--graine", "21", "--sortie", "tache.xml");
    const imp = await creerImport(db, { departementId: cd13, utilisateurId: null, nomFichier: "tache.xml", chemin: path.join(dossier, "tache.xml") });
    const avant = await db.$queryRaw<{ rafraichi_le: Date }[]>`SELECT rafraichi_le FROM rafraichissement_indicateurs WHERE vue = 'mv_population'`;
    const execution = await executerMaintenant(db, { nom: "imports:flux", departementId: cd13, parametres: { importId: imp.id } });
    expect(execution.statut).toBe("TERMINEE");
    expect(execution.resultat).toMatchObject({ foyersAppliques: 150, changements: 150 });
    const fini = await db.importFlux.findUniqueOrThrow({ where: { id: imp.id } });
    expect(fini).toMatchObject({ statut: "TERMINE", avancement: 100, tacheExecutionId: execution.id });
    const apres = await db.$queryRaw<{ rafraichi_le: Date }[]>`SELECT rafraichi_le FROM rafraichissement_indicateurs WHERE vue = 'mv_population'`;
    expect(apres[0]!.rafraichi_le.getTime()).toBeGreaterThan(avant[0]?.rafraichi_le.getTime() ?? 0);
    // lancée sans import désigné (page des tâches) : rien en attente, rien à faire
    const vide = await executerMaintenant(db, { nom: "imports:flux", departementId: cd13 });
    expect(vide).toMatchObject({ statut: "TERMINEE", resultat: { message: "Aucun import en attente." } });
  });
});
