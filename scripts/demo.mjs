// Démarre Pilote Insertion avec les données de démonstration sur http://localhost:3000.
//   npm run demo                    (base embarquée dans .data/pg si DATABASE_URL n'est pas défini)
//   npm run demo -- --reinitialiser (recharge les données de démonstration)
//   npm run demo -- --sans-build    (réutilise le build existant)
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

function lancer(commande, options = {}) {
  return new Promise((resolve, reject) => {
    const enfant = spawn(commande, { shell: true, stdio: "inherit", env, ...options });
    enfant.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`« ${commande} » a échoué (code ${code})`))));
  });
}

let embarquee = null;
if (!env.DATABASE_URL) {
  console.log("Démarrage de PostgreSQL embarqué (.data/pg)…");
  embarquee = await startEmbeddedPostgres({ dataDir: path.resolve(".data/pg"), port: Number(process.env.EMBEDDED_PG_PORT ?? 54329) });
  env.DATABASE_URL = embarquee.url;
}
const arreter = async () => {
  if (embarquee) await embarquee.pg.stop().catch(() => {});
};

try {
  // secret de session : fourni, ou créé une fois pour cette installation (jamais commité)
  if (!env.AUTH_SECRET) {
    const fichier = path.resolve(".data/auth-secret");
    fs.mkdirSync(path.dirname(fichier), { recursive: true });
    if (!fs.existsSync(fichier)) fs.writeFileSync(fichier, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
    env.AUTH_SECRET = fs.readFileSync(fichier, "utf8").trim();
  }

  const appliquees = await applyMigrations({ url: env.DATABASE_URL, log: () => {} });
  console.log(`Migrations : ${appliquees.length} appliquée(s).`);

  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query("SELECT count(*)::int AS n FROM departement");
  await client.end();
  if (rows[0].n === 0 || args.has("--reinitialiser")) await lancer("npx tsx prisma/seed.ts");
  else console.log("Données déjà présentes (relancer avec -- --reinitialiser pour les recharger).");

  if (!args.has("--sans-build") || !fs.existsSync(".next/BUILD_ID")) {
    console.log("Construction de l'application (quelques minutes)…");
    await lancer("npx prisma generate && npx next build");
  }

  console.log(`\nPilote Insertion : http://localhost:${port}\n`);
  await lancer("npx tsx scripts/afficher-comptes.ts");

  const serveur = spawn(`npx next start -p ${port}`, { shell: true, stdio: "inherit", env });
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => serveur.kill(sig));
  await new Promise((r) => serveur.on("exit", r));
} finally {
  await arreter();
}
