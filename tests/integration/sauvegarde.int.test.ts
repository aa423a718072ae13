import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { creerClient } from "@/tests/setup/base";
import { empreintes, restaurer, sauvegarder } from "../../scripts/sauvegarde.mjs";
import { chargerDemo } from "./outils";

// Sauvegarde de la base de test (démonstration chargée), restauration dans une base vide du même
// serveur : mêmes nombres de lignes et mêmes empreintes md5, table par table.

let db: PrismaClient;
const dossier = fs.mkdtempSync(path.join(os.tmpdir(), "pilote-sauvegarde-"));
const fichier = path.join(dossier, "sauvegarde.jsonl.gz");
const source = process.env.DATABASE_URL!;
const nomCible = `restauration_${process.pid}`;
const cible = (() => {
  const u = new URL(source);
  u.pathname = `/${nomCible}`;
  return u.toString();
})();

async function sql(url: string, requete: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(requete)).rows;
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  db = creerClient();
  await chargerDemo(db);
  // quelques lignes des tables d'audit et de sécurité, pour que la séquence et les JSON soient couverts
  await db.journalAudit.create({ data: { operation: "LECTURE", entite: "Test", details: { accent: "é", grand: 9007199254740993n.toString() } } });
  await sql(source, `DROP DATABASE IF EXISTS ${nomCible}`);
  await sql(source, `CREATE DATABASE ${nomCible}`);
}, 120_000);

afterAll(async () => {
  await db.$disconnect();
  await sql(source, `DROP DATABASE IF EXISTS ${nomCible} WITH (FORCE)`).catch(() => {});
  fs.rmSync(dossier, { recursive: true, force: true });
});

describe("sauvegarde et restauration", () => {
  it("restaurer dans une base vide donne les mêmes lignes et les mêmes empreintes, table par table", async () => {
    const log = () => {};
    const sauvegarde = await sauvegarder({ url: source, fichier, log });
    expect(sauvegarde.lignes).toBeGreaterThan(1000);
    expect(fs.statSync(fichier).mode & 0o077).toBe(0); // lisible du seul propriétaire

    await restaurer({ url: cible, fichier, log });
    const avant = await empreintes(source);
    const apres = await empreintes(cible);
    expect(Object.keys(apres).sort()).toEqual(Object.keys(avant).sort());
    expect(apres).toEqual(avant);
    expect(avant.personne?.lignes).toBeGreaterThan(0);

    // la séquence du journal reprend après la dernière ligne, et la vue matérialisée est reconstruite
    const [{ n: vueSource }] = await sql(source, "SELECT sum(n)::int AS n FROM mv_population");
    const [{ n: vueCible }] = await sql(cible, "SELECT sum(n)::int AS n FROM mv_population");
    expect(vueCible).toBe(vueSource);
    const [{ id }] = await sql(cible, "INSERT INTO journal_audit (operation, entite) VALUES ('LECTURE', 'Test') RETURNING id::text AS id");
    const [{ max }] = await sql(source, "SELECT max(id)::text AS max FROM journal_audit");
    expect(BigInt(id)).toBe(BigInt(max) + 1n);
  }, 180_000);

  it("refuse de restaurer dans une base non vide sans --ecraser, puis la remplace avec", async () => {
    const log = () => {};
    await expect(restaurer({ url: cible, fichier, log })).rejects.toThrow("La base cible n'est pas vide");
    await restaurer({ url: cible, fichier, log, ecraser: true });
    expect(await empreintes(cible)).toEqual(await empreintes(source));
  }, 180_000);
});
