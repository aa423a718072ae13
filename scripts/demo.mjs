// Démarre Pilote Insertion avec les données de démonstration sur http://localhost:3000.
//   npm run demo                    (base embarquée dans .data/pg si DATABASE_URL n'est pas défini)
//   npm run demo -- --reinitialiser (recharge les données de démonstration)
//   npm run demo -- --sans-build    (réutilise le build existant)
// Variables : PORT (3000), EMBEDDED_PG_DIR (.data/pg), EMBEDDED_PG_PORT (54329), SEED_POPULATION (complete | test).
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded-db.mjs";
import { applyMigrations } from "./apply-migrations.mjs";

const args = new Set(process.argv.slice(2));
const port = process.env.PORT ?? "3000";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", AUTH_TRUST_HOST: "true" };
const debut = performance.now();
const duree = (ms) => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1).replace(".", ",")} s`);

/** Une étape de la démonstration : annoncée, chronométrée, et son échec dit clairement. */
async function etape(numero, libelle, travail) {
  console.log(`\n[${numero}/5] ${libelle}…`);
  const t0 = performance.now();
  const resultat = await travail();
  console.log(`[${numero}/5] ${libelle} : terminé en ${duree(performance.now() - t0)}${resultat ? ` (${resultat})` : ""}.`);
}

function lancer(commande, options = {}) {
  return new Promise((resolve, reject) => {
    const enfant = spawn(commande, { shell: true, stdio: "inherit", env, ...options });
    enfant.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`« ${commande} » a échoué (code ${code})`))));
  });
}

let embarquee = null;
let serveur = null;
try {
  await etape(1, "Base de données et client Prisma", async () => {
    // le client Prisma (lib/generated) doit exister avant que le seed ou les scripts ne l'importent
    await lancer("npx prisma generate");
    if (env.DATABASE_URL) return "DATABASE_URL";
    const dossier = path.resolve(process.env.EMBEDDED_PG_DIR ?? ".data/pg");
    embarquee = await startEmbeddedPostgres({ dataDir: dossier, port: Number(process.env.EMBEDDED_PG_PORT ?? 54329) });
    env.DATABASE_URL = embarquee.url;
    return `PostgreSQL embarqué ${embarquee.fresh ? "initialisé" : "démarré"} dans ${path.relative(process.cwd(), dossier) || dossier}`;
  });

  // secret de session : fourni, ou créé une fois pour cette installation (jamais commité)
  if (!env.AUTH_SECRET) {
    const fichier = path.resolve(".data/auth-secret");
    fs.mkdirSync(path.dirname(fichier), { recursive: true });
    if (!fs.existsSync(fichier)) fs.writeFileSync(fichier, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
    env.AUTH_SECRET = fs.readFileSync(fichier, "utf8").trim();
  }

  await etape(2, "Migrations", async () => {
    const appliquees = await applyMigrations({ url: env.DATABASE_URL, log: () => {} });
    return `${appliquees.length} appliquée(s)`;
  });

  await etape(3, "Données de démonstration", async () => {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    const { rows } = await client.query("SELECT count(*)::int AS n FROM departement");
    await client.end();
    if (rows[0].n > 0 && !args.has("--reinitialiser")) return "déjà présentes ; -- --reinitialiser pour les recharger";
    await lancer("npx tsx prisma/seed.ts");
    return `profil ${env.SEED_POPULATION ?? "complet"}`;
  });

  await etape(4, "Construction de l'application (quelques minutes)", async () => {
    if (args.has("--sans-build") && fs.existsSync(".next/BUILD_ID")) return "build existant réutilisé";
    await lancer("npx next build");
  });

  await etape(5, "Démarrage du serveur", async () => {
    // sans shell : un signal reçu par la démonstration atteint le processus primaire du serveur, qui arrête
    // ses travailleurs (par un « sh -c », seul le shell le recevait et le serveur restait en place)
    serveur = spawn(process.execPath, ["scripts/serveur.mjs", "-p", String(port)], { stdio: "inherit", env });
    for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => serveur.kill(sig));
    const url = `http://localhost:${port}/connexion`;
    for (let i = 0; i < 600; i++) {
      if (serveur.exitCode !== null) throw new Error("le serveur s'est arrêté au démarrage");
      const ok = await fetch(url).then((r) => r.ok, () => false);
      if (ok) return url;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`${url} ne répond pas après 2 minutes`);
  });

  console.log(`\nPilote Insertion : http://localhost:${port} — prêt en ${duree(performance.now() - debut)}.\n`);
  await lancer("npx tsx scripts/afficher-comptes.ts");
  await new Promise((r) => serveur.on("exit", r));
} catch (e) {
  console.error(`\nLa démonstration n'a pas pu démarrer.\n${e instanceof Error ? e.message : e}`);
  serveur?.kill("SIGTERM");
  process.exitCode = 1;
} finally {
  if (embarquee) await embarquee.pg.stop().catch(() => {});
}
