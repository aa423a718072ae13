import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { creerClient } from "@/tests/setup/base";
import { ErreurIntrouvable, ErreurMetier } from "@/lib/errors";
import { rechercherActions } from "@/lib/catalogue/queries/rechercher-actions";
import { obtenirAction } from "@/lib/catalogue/queries/obtenir-action";
import { exporterActions } from "@/lib/catalogue/queries/exporter-actions";
import { enregistrerAction, MESSAGE_CONFLIT } from "@/lib/catalogue/commands/enregistrer-action";
import { suspendreAction } from "@/lib/catalogue/commands/suspendre-action";
import { schemaAction, schemaFiltresCatalogue, type FiltresCatalogue } from "@/lib/catalogue/schemas";
import { chargerDemo, contexteDe } from "./outils";

let db: PrismaClient;
const filtres = (f: Partial<Record<keyof FiltresCatalogue, string>> = {}) => schemaFiltresCatalogue.parse(f);
const idAction = async (code: string, intitule?: string) =>
  (await db.actionInsertion.findFirstOrThrow({ where: { code, ...(intitule ? { intitule: { contains: intitule } } : {}) } })).id;
const idTerritoire = async (code: string) => (await db.territoire.findFirstOrThrow({ where: { code } })).id;
/** Codes de toutes les actions trouvées (sans pagination), dans l'ordre du tri. */
const codes = async (courriel: string, f: Partial<Record<keyof FiltresCatalogue, string>>) =>
  (await rechercherActions(await contexteDe(db, courriel), filtres(f), { toutesLesLignes: true })).lignes.map((a) => a.code);

beforeAll(async () => {
  db = creerClient();
  await chargerDemo(db);
});
afterAll(async () => db.$disconnect());

describe("données du catalogue", () => {
  it("charge les 52 entrées du PDI 2024-2026, doublons de codes compris", async () => {
    const pdi = await db.programme.findFirstOrThrow({ where: { code: "PDI-2024-2026" } });
    expect(await db.actionInsertion.count({ where: { programmeId: pdi.id } })).toBe(52);
    expect(await db.actionInsertion.count({ where: { programmeId: pdi.id, code: { in: ["1.7.2", "2.1.4", "3.4.1"] } } })).toBe(6);
  });
});

describe("recherche plein texte", () => {
  it("classe d'abord les actions dont l'intitulé correspond", async () => {
    const trouves = await codes("charge.mission@cd13.demo", { q: "garde" });
    expect(trouves.slice(0, 3).sort()).toEqual(["2.4.1", "3.2.1", "3.2.2"]); // « garde » dans l'intitulé
    expect(trouves).toContain("2.4.6"); // PRICE : « mode de garde » dans les objectifs seulement, plus bas
    expect(trouves.indexOf("2.4.6")).toBeGreaterThan(2);
    expect(await codes("charge.mission@cd13.demo", { q: "garde d'enfants" })).toEqual(await codes("charge.mission@cd13.demo", { q: "garde enfants" }));
  });

  it("ignore les accents et la casse, et trouve par préfixe", async () => {
    expect(await codes("charge.mission@cd13.demo", { q: "sante mentale" })).toEqual(["2.2.2"]);
    const mobilite = await codes("charge.mission@cd13.demo", { q: "MOBILITÉ" });
    expect(mobilite).toEqual(expect.arrayContaining(["3.1.1", "3.1.2", "3.1.3"]));
    expect(await codes("charge.mission@cd13.demo", { q: "mobil" })).toEqual(expect.arrayContaining(["3.1.1", "3.1.2", "3.1.3"]));
  });

  it("cherche aussi dans le nom du porteur", async () => {
    expect(await codes("charge.mission@cd13.demo", { q: "Wimoov" })).toEqual(expect.arrayContaining(["3.1.2", "3.1.3"]));
  });

  it("résiste à une saisie hostile", async () => {
    expect(await codes("charge.mission@cd13.demo", { q: "'); DROP TABLE action_insertion; --" })).toEqual([]);
    expect(await db.actionInsertion.count()).toBeGreaterThan(0);
  });
});

describe("territoires", () => {
  it("une action d'un pôle, ou de tout le département, apparaît pour une commune du pôle", async () => {
    const aix = await codes("referent.pole6@cd13.demo", { territoire: await idTerritoire("13001"), suspendues: "1" });
    expect(aix).toContain("2.2.5"); // ARES, rattachée au pôle VI
    expect(aix).toContain("2.2.1"); // HEDA, tout le département
    expect(aix).not.toContain("3.1.4"); // Mobile Idées, Istres seulement
  });

  it("une action d'une commune apparaît pour son pôle", async () => {
    expect(await codes("referent.pole9@cd13.demo", { territoire: await idTerritoire("POLE-IX") })).toContain("3.1.4");
  });

  it("un rôle de territoire cherche dans son territoire : jamais « tout le département », ni un autre pôle", async () => {
    const ctx = await contexteDe(db, "referent.pole6@cd13.demo");
    const parDefaut = await rechercherActions(ctx, filtres(), { toutesLesLignes: true });
    expect(parDefaut.territoire?.id).toBe(await idTerritoire("POLE-VI"));
    expect(parDefaut.avis).toBeNull();
    expect(parDefaut.lignes.map((a) => a.code)).toEqual(expect.arrayContaining(["2.2.5", "2.2.1"])); // ARES (pôle VI), HEDA (tout le département)
    expect(parDefaut.lignes.map((a) => a.code)).not.toContain("3.1.4"); // Istres
    // un autre pôle, ou un territoire d'un autre département : refusé, la page le dit, l'offre du pôle VI reste
    for (const code of ["POLE-IX", "CRSA-ARGENTAN"]) {
      const ailleurs = await rechercherActions(ctx, filtres({ territoire: await idTerritoire(code) }), { toutesLesLignes: true });
      expect(ailleurs.territoire?.id).toBe(parDefaut.territoire?.id);
      expect(ailleurs.avis).toBe("Le territoire demandé n'est pas dans votre périmètre : affichage de l'offre de Pôle d'insertion VI Aix-Gardanne.");
      expect(ailleurs.lignes.map((a) => a.code)).toEqual(parDefaut.lignes.map((a) => a.code));
    }
  });

  it("un territoire d'un autre département : le chargé de mission voit tout son département, et la page le dit", async () => {
    const ctx = await contexteDe(db, "charge.mission@cd13.demo");
    const r = await rechercherActions(ctx, filtres({ territoire: await idTerritoire("CRSA-ARGENTAN") }), { toutesLesLignes: true });
    expect(r.avis).toBe("Le territoire demandé n'existe pas dans votre département : affichage de tout le département.");
    expect(r.total).toBe((await rechercherActions(ctx, filtres(), { toutesLesLignes: true })).total);
  });
});

describe("filtres", () => {
  it("filtre par frein, public et porteur", async () => {
    expect(await codes("charge.mission@cd13.demo", { frein: "GARDE_ENFANTS" })).toEqual(expect.arrayContaining(["3.2.1", "3.2.2", "3.2.3", "2.4.1"]));
    const jeunes = await codes("charge.mission@cd13.demo", { public: "JEUNES" });
    expect(jeunes).toEqual(expect.arrayContaining(["1.4.1", "1.4.2", "1.4.3", "1.4.4"]));
    const ares = await db.structure.findFirstOrThrow({ where: { sigle: "ARES" } });
    expect(await codes("charge.mission@cd13.demo", { porteur: ares.id })).toEqual(["2.2.5"]);
  });

  it("« places disponibles » écarte les actions complètes et terminées", async () => {
    const id = await idAction("2.2.5");
    await db.actionInsertion.update({ where: { id }, data: { participantsEnCours: 40 } });
    const avecPlaces = await codes("charge.mission@cd13.demo", { places: "1" });
    expect(avecPlaces).not.toContain("2.2.5");
    expect(avecPlaces).not.toContain("3-5"); // plan pauvreté 2019 : terminée
    expect(avecPlaces).toContain("3.1.4");
    await db.actionInsertion.update({ where: { id }, data: { participantsEnCours: 0 } });
  });

  it("pagine côté serveur avec le nombre total", async () => {
    const ctx = await contexteDe(db, "lecteur@cd13.demo");
    const p1 = await rechercherActions(ctx, filtres({ page: "1" }));
    const p3 = await rechercherActions(ctx, filtres({ page: "3" }));
    expect(p1.total).toBe(52 + 15);
    expect(p1.lignes).toHaveLength(25);
    expect(p3.lignes).toHaveLength(67 - 50);
    expect(new Set([...p1.lignes, ...p3.lignes].map((l) => l.id)).size).toBe(25 + 17);
  });
});

describe("cloisonnement", () => {
  it("un agent de l'Orne ne trouve que l'offre de l'Orne", async () => {
    const trouves = await rechercherActions(await contexteDe(db, "referent.argentan@orne.demo"), filtres({ q: "mobilité" }));
    expect(trouves.lignes.map((l) => l.porteur)).toEqual(["Mobyliis", "Mobyliis"].slice(0, trouves.total));
    expect(trouves.total).toBeGreaterThan(0);
    await expect(obtenirAction(await contexteDe(db, "referent.argentan@orne.demo"), await idAction("2.2.5"))).rejects.toBeInstanceOf(ErreurIntrouvable);
  });
});

const donnees = (surcharges: Record<string, unknown>) =>
  schemaAction.parse({ code: "9.9.9", intitule: "Action de test", visee: "SOCIALE", objectifs: "Tester.", toutDepartement: "1", ...surcharges });

describe("écriture", () => {
  it("l'opérateur modifie une action de sa structure, pas celle d'une autre", async () => {
    const ctx = await contexteDe(db, "operateur.ares@cd13.demo");
    const ares = await db.actionInsertion.findFirstOrThrow({ where: { code: "2.2.5" } });
    await enregistrerAction(ctx, donnees({ id: ares.id, version: String(ares.version), code: "2.2.5", intitule: ares.intitule, participantsEnCours: "12" }));
    expect((await db.actionInsertion.findUniqueOrThrow({ where: { id: ares.id } })).participantsEnCours).toBe(12);

    const heda = await db.actionInsertion.findFirstOrThrow({ where: { code: "2.2.1" } });
    await expect(enregistrerAction(ctx, donnees({ id: heda.id, version: String(heda.version) }))).rejects.toBeInstanceOf(ErreurIntrouvable);
  });

  it("l'opérateur ne peut pas déclarer une action pour une autre structure", async () => {
    const ctx = await contexteDe(db, "operateur.ares@cd13.demo");
    const heda = await db.structure.findFirstOrThrow({ where: { nom: "HEDA" } });
    const erreur = await enregistrerAction(ctx, donnees({ structureId: heda.id })).catch((e) => e);
    expect(erreur).toBeInstanceOf(ErreurMetier);
    expect(erreur.erreursChamps.structureId).toEqual(["Vous ne pouvez déclarer que des actions de votre structure."]);
  });

  it("le lecteur ne peut rien modifier", async () => {
    const ares = await db.actionInsertion.findFirstOrThrow({ where: { code: "2.2.5" } });
    await expect(enregistrerAction(await contexteDe(db, "lecteur@cd13.demo"), donnees({ id: ares.id, version: String(ares.version) }))).rejects.toBeInstanceOf(ErreurIntrouvable);
  });

  it("deux modifications simultanées : l'une passe, l'autre reçoit un conflit clair", async () => {
    const ctx = await contexteDe(db, "charge.mission@cd13.demo");
    const a = await db.actionInsertion.findFirstOrThrow({ where: { code: "3.1.4" } });
    const commun = { id: a.id, version: String(a.version), code: a.code, toutDepartement: "1" };
    const resultats = await Promise.allSettled([
      enregistrerAction(ctx, donnees({ ...commun, intitule: "Version A" })),
      enregistrerAction(ctx, donnees({ ...commun, intitule: "Version B" })),
    ]);
    const echecs = resultats.filter((r) => r.status === "rejected");
    expect(resultats.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(echecs).toHaveLength(1);
    expect((echecs[0] as PromiseRejectedResult).reason.messageUtilisateur).toBe(MESSAGE_CONFLIT);
    const apres = await db.actionInsertion.findUniqueOrThrow({ where: { id: a.id } });
    expect(apres.version).toBe(a.version + 1);
    expect(["Version A", "Version B"]).toContain(apres.intitule);
  });

  it("la recherche suit les modifications (vecteur tenu à jour par la base)", async () => {
    const ctx = await contexteDe(db, "charge.mission@cd13.demo");
    const creee = await enregistrerAction(ctx, donnees({ intitule: "Atelier vélo-école pour les parents", objectifs: "Apprendre à circuler à bicyclette." }));
    expect(await codes("referent.pole1@cd13.demo", { q: "bicyclette" })).toEqual(["9.9.9"]);
    const audit = await db.journalAudit.findFirst({ where: { entiteId: creee.id, operation: "CREATION" } });
    expect(audit?.utilisateurId).toBe(ctx.acteur.id);
  });

  it("une action suspendue disparaît des résultats par défaut, avec son motif", async () => {
    const ctx = await contexteDe(db, "charge.mission@cd13.demo");
    const id = await idAction("3.3.1");
    await suspendreAction(ctx, { id, motif: "Convention en cours de renouvellement" });
    expect(await codes("referent.pole5@cd13.demo", { q: "image professionnelle" })).toEqual([]);
    expect(await codes("referent.pole5@cd13.demo", { q: "image professionnelle", suspendues: "1" })).toEqual(["3.3.1"]);
    const a = await obtenirAction(await contexteDe(db, "referent.pole5@cd13.demo"), id);
    expect(a.motifSuspension).toBe("Convention en cours de renouvellement");
  });
});

describe("export", () => {
  it("exporte en CSV (« ; », BOM) exactement les lignes du filtre, et trace l'export", async () => {
    const ctx = await contexteDe(db, "referent.pole1@cd13.demo");
    const { contenu, lignes } = await exporterActions(ctx, filtres({ frein: "MOBILITE" }), "csv");
    const texte = contenu.toString("utf8");
    expect(texte.charCodeAt(0)).toBe(0xfeff);
    const rangees = texte.slice(1).trim().split("\n");
    expect(rangees[0]).toMatch(/^Code;Intitulé;Porteur;/);
    expect(rangees).toHaveLength(lignes + 1);
    expect(lignes).toBe((await rechercherActions(ctx, filtres({ frein: "MOBILITE" }))).total);
    expect(await db.journalAudit.count({ where: { operation: "EXPORT", utilisateurId: ctx.acteur.id } })).toBe(1);
  });

  it("pour un tableur français : virgule décimale, taux en %, dates jj/mm/aaaa ; nom avec territoire et année", async () => {
    const ctx = await contexteDe(db, "charge.mission@cd13.demo");
    const ares = await db.actionInsertion.findFirstOrThrow({ where: { code: "2.2.5" } });
    await db.actionInsertion.update({ where: { id: ares.id }, data: { capacite: 40.5, uniteCapacite: "PARCOURS", participantsEnCours: 9 } });
    const { contenu, nom } = await exporterActions(ctx, filtres({ territoire: await idTerritoire("POLE-VI") }), "csv");
    const [entete, ...rangees] = contenu.toString("utf8").slice(1).trim().split("\r\n").map((l) => l.split(";"));
    const col = (titre: string) => entete!.indexOf(titre);
    const ligne = rangees.find((r) => r[0] === "2.2.5")!;
    expect(ligne[col("Capacité")]).toBe("40,5");
    expect(ligne[col("Taux d'occupation")]).toBe("22,2 %");
    expect(ligne[col("Places restantes")]).toBe("31");
    expect(rangees.every((r) => r[col("Début")] === "" || /^\d{2}\/\d{2}\/\d{4}$/.test(r[col("Début")]!))).toBe(true);
    expect(nom).toBe(`catalogue-offre-insertion-pole-d-insertion-vi-aix-gardanne-${new Date().getUTCFullYear()}.csv`);
    const tout = await exporterActions(ctx, filtres(), "xlsx");
    expect(tout.nom).toBe(`catalogue-offre-insertion-departement-${new Date().getUTCFullYear()}.xlsx`);
    const classeur = new ExcelJS.Workbook();
    await classeur.xlsx.load(tout.contenu as unknown as ArrayBuffer);
    const feuille = classeur.getWorksheet("Catalogue")!;
    const rang = feuille.getColumn(1).values.indexOf("2.2.5");
    const capacite = feuille.getRow(rang).getCell(9);
    expect(capacite.value).toBe(40.5); // un vrai nombre, au format du tableur
    expect(capacite.numFmt).toBe("#,##0.00");
    expect(feuille.getRow(rang).getCell(13).numFmt).toBe("0.0%");
    await db.actionInsertion.update({ where: { id: ares.id }, data: { capacite: ares.capacite, uniteCapacite: ares.uniteCapacite, participantsEnCours: ares.participantsEnCours } });
  });

  it("exporte un classeur Excel lisible", async () => {
    const { contenu, lignes } = await exporterActions(await contexteDe(db, "admin@orne.demo"), filtres(), "xlsx");
    const classeur = new ExcelJS.Workbook();
    await classeur.xlsx.load(contenu as unknown as ArrayBuffer);
    const feuille = classeur.getWorksheet("Catalogue")!;
    expect(feuille.rowCount).toBe(lignes + 1);
    expect(lignes).toBe(16);
    const intitules = feuille.getColumn(2).values.slice(2);
    expect(intitules).toContain("Accompagnement au permis B");
  });
});
