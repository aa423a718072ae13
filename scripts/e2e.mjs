// Tests de bout en bout : base PostgreSQL jetable (embarquée sans DATABASE_URL), migrations,
// données de démonstration, build de production, puis Playwright dans le Chromium de Debian.
//   npm run test:e2e               (E2E_SANS_BUILD=1 pour réutiliser un build existant)
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import net from "node:net";
import { startEmbeddedPostgres } from "./embedded-db.mjs";
import { applyMigrations } from "./apply-migrations.mjs";

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  AUTH_TRUST_HOST: "true",
  AUTH_SECRET: process.env.AUTH_SECRET ?? crypto.randomBytes(32).toString("base64url"),
};
const lancer = (commande) =>
  new Promise((resolve) => spawn(commande, { shell: true, stdio: "inherit", env }).on("exit", (code) => resolve(code ?? 1)));
const portLibre = () =>
  new Promise((res) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const p = s.address().port;
      s.close(() => res(p));
    });
  });

let embarquee = null;
let code = 1;
try {
  if (!env.DATABASE_URL) {
    const dossier = fs.mkdtempSync(path.join(os.tmpdir(), "pilote-e2e-"));
    fs.chmodSync(dossier, 0o777);
    embarquee = await startEmbeddedPostgres({ dataDir: path.join(dossier, "data"), port: await portLibre() });
    embarquee.dossier = dossier;
    env.DATABASE_URL = embarquee.url;
  }
  await applyMigrations({ url: env.DATABASE_URL, log: () => {} });
  code = await lancer("npx tsx prisma/seed.ts");
  if (code === 0 && !(process.env.E2E_SANS_BUILD && fs.existsSync(".next/BUILD_ID"))) code = await lancer("npx prisma generate && npx next build");
  if (code === 0) code = await lancer(`npx playwright test ${process.argv.slice(2).join(" ")}`);
} finally {
  if (embarquee) {
    await embarquee.pg.stop().catch(() => {});
    fs.rmSync(embarquee.dossier, { recursive: true, force: true });
  }
}
process.exit(code);
