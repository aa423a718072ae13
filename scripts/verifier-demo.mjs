// Vérifie la première commande du README sur une copie neuve : lance `npm run demo` (profil de
// population réduit, autre port, base embarquée jetable), attend la page de connexion, se connecte
// avec un compte de démonstration dans Chromium, vérifie la page d'accueil, puis arrête tout.
//   node scripts/verifier-demo.mjs        (lancé par .ci/run avant les tests)
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";

const portLibre = () =>
  new Promise((res) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const p = s.address().port;
      s.close(() => res(p));
    });
  });

const port = Number(process.env.DEMO_PORT ?? 3200);
const dossier = fs.mkdtempSync(path.join(os.tmpdir(), "pilote-demo-"));
fs.chmodSync(dossier, 0o777);
const env = {
  ...process.env,
  PORT: String(port),
  EMBEDDED_PG_DIR: path.join(dossier, "pg"),
  EMBEDDED_PG_PORT: String(await portLibre()),
  SEED_POPULATION: process.env.SEED_POPULATION ?? "test",
};
delete env.DATABASE_URL; // la démonstration d'une machine neuve : base embarquée

const t0 = performance.now();
const demo = spawn("npm run demo", { shell: true, detached: true, stdio: ["ignore", "pipe", "pipe"], env });
let sortie = "";
for (const flux of [demo.stdout, demo.stderr]) {
  flux.on("data", (d) => {
    sortie += d;
    process.stdout.write(String(d).replace(/^(?=.)/gm, "  [demo] "));
  });
}
let termine = false;
demo.on("exit", () => (termine = true));

async function arreter() {
  if (!termine) {
    try {
      process.kill(-demo.pid, "SIGTERM");
    } catch {}
    for (let i = 0; i < 100 && !termine; i++) await new Promise((r) => setTimeout(r, 200));
    if (!termine) {
      try {
        process.kill(-demo.pid, "SIGKILL");
      } catch {}
    }
  }
  fs.rmSync(dossier, { recursive: true, force: true });
}

let code = 1;
try {
  const url = `http://localhost:${port}`;
  // la démonstration affiche les comptes une fois le serveur prêt
  for (let i = 0; !/Comptes de démonstration/.test(sortie); i++) {
    if (termine) throw new Error("`npm run demo` s'est arrêté avant de servir la page de connexion");
    if (i > 20 * 60 * 5) throw new Error("`npm run demo` n'a pas servi la page de connexion en 20 minutes");
    await new Promise((r) => setTimeout(r, 200));
  }
  const pret = performance.now() - t0;
  const navigateur = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  try {
    const page = await navigateur.newPage({ locale: "fr-FR" });
    await page.goto(`${url}/connexion`);
    await page.getByLabel("Adresse électronique").fill("referent.pole3@cd13.demo");
    await page.getByLabel("Mot de passe").fill("Insertion2026!");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL((u) => !u.pathname.startsWith("/connexion"), { timeout: 30_000 });
    const titre = (await page.locator("h1").first().textContent())?.trim();
    if (!titre) throw new Error("après connexion, la page n'a pas de titre");
    const deconnexion = await page.getByRole("button", { name: /déconnecter/i }).count();
    if (!deconnexion) throw new Error("après connexion, pas de bouton « Se déconnecter » : la session n'est pas ouverte");
    console.log(`\nDémonstration vérifiée : page de connexion servie en ${Math.round(pret / 1000)} s, connexion du référent du pôle III → « ${titre} ».`);
    code = 0;
  } finally {
    await navigateur.close();
  }
} catch (e) {
  console.error(`\nÉchec de la vérification de la démonstration : ${e instanceof Error ? e.message : e}`);
} finally {
  await arreter();
}
process.exit(code);
