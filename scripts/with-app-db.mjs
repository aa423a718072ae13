// Lance une commande avec la base de l'application.
// Avec DATABASE_URL : on l'utilise. Sans : PostgreSQL embarqué persistant dans .data/pg (port 54329),
// démarré s'il ne tourne pas, et arrêté à la fin de la commande.
//   node scripts/with-app-db.mjs next start
import { spawn } from "node:child_process";
import { startEmbeddedPostgres } from "./embedded-db.mjs";

const args = process.argv.slice(2);
const env = { ...process.env };
let embedded = null;
if (!env.DATABASE_URL) {
  embedded = await startEmbeddedPostgres({ dataDir: process.env.EMBEDDED_PG_DIR ?? ".data/pg", port: Number(process.env.EMBEDDED_PG_PORT ?? 54329) });
  env.DATABASE_URL = embedded.url;
  console.error(`[base] PostgreSQL embarqué ${embedded.fresh ? "initialisé et " : ""}démarré en ${embedded.ms} ms (.data/pg)`);
}
const child = spawn(args.join(" "), { shell: true, stdio: "inherit", env });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
const code = await new Promise((r) => child.on("exit", (c, sig) => r(c ?? (sig ? 1 : 0))));
if (embedded) await embedded.pg.stop().catch(() => {});
process.exit(code);
