import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { creerClient } from "@/tests/setup/base";
import { ErreurIntrouvable, ErreurPermission } from "@/lib/errors";
import { listerStructures, schemaFiltresStructures } from "@/lib/referentiels/queries/lister-structures";
import { obtenirStructure } from "@/lib/referentiels/queries/obtenir-structure";
import { listerTerritoires } from "@/lib/referentiels/queries/lister-territoires";
import { obtenirTerritoire } from "@/lib/referentiels/queries/obtenir-territoire";
import { obtenirProgramme } from "@/lib/referentiels/queries/obtenir-programme";
import { listerUtilisateurs } from "@/lib/administration/queries/lister-utilisateurs";
import { listerJournal } from "@/lib/administration/queries/lister-journal";
import { chargerDemo, contexteDe } from "./outils";

let db: PrismaClient;
const tousFiltres = schemaFiltresStructures.parse({});

beforeAll(async () => {
  db = creerClient();
  await chargerDemo(db);
});
afterAll(async () => db.$disconnect());

const idStructure = async (nom: string) => (await db.structure.findFirstOrThrow({ where: { nom } })).id;
const idTerritoire = async (code: string) => (await db.territoire.findFirstOrThrow({ where: { code } })).id;

describe("cloisonnement entre départements", () => {
  it("un administrateur des Bouches-du-Rhône ne liste aucune structure de l'Orne", async () => {
    const ctx = await contexteDe(db, "admin@cd13.demo");
    const page = await listerStructures(ctx, { ...tousFiltres, q: "Etape" });
    expect(page.total).toBe(0);
    const tout = await listerStructures(ctx, { ...tousFiltres, page: 1 });
    expect(tout.total).toBe(await db.structure.count({ where: { departement: { code: "13" } } }));
  });

  it("l'identifiant d'une structure de l'Orne répond « introuvable » à un agent des Bouches-du-Rhône", async () => {
    const ctx = await contexteDe(db, "charge.mission@cd13.demo");
    await expect(obtenirStructure(ctx, await idStructure("L'Etape"))).rejects.toBeInstanceOf(ErreurIntrouvable);
  });

  it("un programme de l'Orne est introuvable depuis les Bouches-du-Rhône, et inversement", async () => {
    const plics = await db.programme.findFirstOrThrow({ where: { code: "PLICS-2020-ARGENTAN" } });
    const pdi = await db.programme.findFirstOrThrow({ where: { code: "PDI-2024-2026" } });
    await expect(obtenirProgramme(await contexteDe(db, "lecteur@cd13.demo"), plics.id)).rejects.toBeInstanceOf(ErreurIntrouvable);
    await expect(obtenirProgramme(await contexteDe(db, "admin@orne.demo"), pdi.id)).rejects.toBeInstanceOf(ErreurIntrouvable);
    const lu = await obtenirProgramme(await contexteDe(db, "admin@orne.demo"), plics.id);
    expect(lu.intitule).toContain("Argentan");
  });

  it("le journal d'audit d'un département ne montre rien de l'autre", async () => {
    const orne = await db.departement.findUniqueOrThrow({ where: { code: "61" } });
    const cd13 = await db.departement.findUniqueOrThrow({ where: { code: "13" } });
    await db.journalAudit.createMany({
      data: [
        { departementId: cd13.id, operation: "LECTURE", entite: "Test", entiteId: "cd13" },
        { departementId: orne.id, operation: "LECTURE", entite: "Test", entiteId: "orne" },
      ],
    });
    const journal = await listerJournal(await contexteDe(db, "admin@orne.demo"), { operation: "", entite: "Test", page: 1 });
    expect(journal.lignes.map((l) => l.entiteId)).toEqual(["orne"]);
  });
});

describe("périmètre territorial", () => {
  it("le responsable du pôle III ne voit que son pôle et ses arrondissements", async () => {
    const ctx = await contexteDe(db, "responsable.pole3@cd13.demo");
    const territoires = await listerTerritoires(ctx);
    expect(territoires[0]?.code).toBe("POLE-III");
    expect(territoires.map((t) => t.code).sort()).toEqual(["13204", "13208", "13209", "13210", "13211", "13212", "POLE-III"].sort());
  });

  it("le responsable du pôle III reçoit « introuvable » pour le pôle IV", async () => {
    const ctx = await contexteDe(db, "responsable.pole3@cd13.demo");
    await expect(obtenirTerritoire(ctx, await idTerritoire("POLE-IV"))).rejects.toBeInstanceOf(ErreurIntrouvable);
    const arrondissement = await obtenirTerritoire(ctx, await idTerritoire("13208"));
    expect(arrondissement.nom).toBe("Marseille 8e arrondissement");
    expect(arrondissement.parent?.nom).toContain("Marseille III");
  });

  it("le référent de la commission d'Argentan voit le quartier prioritaire Saint-Michel, pas Flers", async () => {
    const ctx = await contexteDe(db, "referent.argentan@orne.demo");
    const codes = (await listerTerritoires(ctx)).map((t) => t.code);
    expect(codes).toContain("QPV-SAINT-MICHEL");
    expect(codes).not.toContain("FLERS");
  });
});

describe("périmètre d'une structure partenaire", () => {
  it("l'opérateur d'ARES ne voit que sa structure", async () => {
    const ctx = await contexteDe(db, "operateur.ares@cd13.demo");
    const page = await listerStructures(ctx, tousFiltres);
    expect(page.lignes.map((s) => s.sigle)).toEqual(["ARES"]);
    await expect(obtenirStructure(ctx, await idStructure("HEDA"))).rejects.toBeInstanceOf(ErreurIntrouvable);
  });
});

describe("administration", () => {
  it("seul l'administrateur liste les comptes, et seulement ceux de son département", async () => {
    await expect(listerUtilisateurs(await contexteDe(db, "charge.mission@cd13.demo"))).rejects.toBeInstanceOf(ErreurPermission);
    const comptes = await listerUtilisateurs(await contexteDe(db, "admin@orne.demo"));
    expect(comptes.length).toBeGreaterThan(0);
    expect(comptes.every((c) => c.courriel.endsWith("@orne.demo"))).toBe(true);
  });
});
