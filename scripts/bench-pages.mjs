// Banc d'essai des pages, de bout en bout par HTTP : serveur de production (scripts/serveur.mjs : Next sur tous les cœurs), connexion de
// chaque compte (Chromium), puis chaque page mesurée à 1 utilisateur et à 10 utilisateurs simultanés
// (corps complet lu, cartes en flux comprises). Imprime le tableau p50 / p95 / pages par seconde.
//   npm run bench:pages                       base de la démonstration (.data/pg ou DATABASE_URL), build existant ou neuf
//   npm run bench:pages -- --charger          recharge d'abord la démonstration (SEED_POPULATION=x10 : 10 fois la population)
//   npm run bench:pages -- --sans-build       réutilise le build (.next)
//   BENCH_URL=http://127.0.0.1:3216 node scripts/bench-pages.mjs   mesure un serveur déjà lancé
//   BENCH_PAGES=catalogue,tableaux-de-bord                    seulement ces pages (fragments du chemin)
//   npm run bench:pages -- --a-froid          3 requêtes de chauffe par page au lieu de 40 (serveur qui vient de démarrer)
// À lancer sous le verrou des commandes lourdes : flock /tmp/pilote-lourd.lock npm run bench:pages
import { execSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import zlib from "node:zlib";
import { chromium } from "@playwright/test";
import { applyMigrations } from "./apply-migrations.mjs";

const args = new Set(process.argv.slice(2));
const port = Number(process.env.BENCH_PORT ?? 3216);
const existant = process.env.BENCH_URL;
const base = existant ?? `http://127.0.0.1:${port}`;
const MOT_DE_PASSE = "Insertion2026!";
if (!process.env.DATABASE_URL && !existant) throw new Error("DATABASE_URL manquant : lancez par `npm run bench:pages` (scripts/with-app-db.mjs).");
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  AUTH_TRUST_HOST: "true",
  AUTH_SECRET: process.env.AUTH_SECRET ?? crypto.randomBytes(32).toString("base64url"),
  // le banc mesure les pages, pas les tâches de fond
  TACHES_TRAVAILLEUR: "0",
};
const lancer = (commande) => new Promise((resolve) => spawn(commande, { shell: true, stdio: "inherit", env }).on("exit", (code) => resolve(code ?? 1)));

if (args.has("--charger")) {
  await applyMigrations({ url: env.DATABASE_URL, log: () => {} });
  const t0 = performance.now();
  if ((await lancer("npx tsx prisma/seed.ts")) !== 0) process.exit(1);
  console.log(`chargement des données : ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
if (!existant && !(args.has("--sans-build") && fs.existsSync(".next/BUILD_ID"))) {
  if ((await lancer("npx prisma generate && npx next build")) !== 0) process.exit(1);
}

const serveur = existant ? null : spawn(`node scripts/serveur.mjs -p ${port}`, { shell: true, stdio: ["ignore", "ignore", "inherit"], env, detached: true });
const arreter = () => {
  try {
    if (serveur) process.kill(-serveur.pid, "SIGTERM");
  } catch {}
};
process.on("exit", arreter);
for (const s of ["SIGINT", "SIGTERM"]) process.on(s, () => process.exit(1));
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/connexion`)).ok) break;
  } catch {}
  if (i > 120) throw new Error("le serveur ne répond pas");
  await new Promise((r) => setTimeout(r, 500));
}

/** Cookies de session d'un compte, obtenus en se connectant dans Chromium comme un agent. */
const navigateur = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
async function session(courriel) {
  const contexte = await navigateur.newContext({ baseURL: base });
  const page = await contexte.newPage();
  await page.goto("/connexion");
  await page.getByLabel("Adresse électronique").fill(courriel);
  await page.getByLabel("Mot de passe").fill(MOT_DE_PASSE);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/connexion"), { timeout: 60_000 });
  const cookies = (await contexte.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await contexte.close();
  return cookies;
}

// Client HTTP léger (node:http, connexions gardées ouvertes) : le banc tourne sur la même machine que le
// serveur et PostgreSQL ; fetch() (undici) décompressait et décodait chaque page, ≈ 3,8 ms de processeur par
// requête pris aux deux cœurs du serveur, contre ≈ 1 ms ici. Le corps est lu en entier (octets compressés,
// comme les reçoit un navigateur) ; la première réponse de chaque page est décompressée pour vérifier qu'elle
// contient bien la page.
const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
const verifiees = new Set();
function obtenir(chemin, cookies) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const url = new URL(base + chemin);
    const req = http.get({ host: url.hostname, port: url.port, path: url.pathname + url.search, agent, headers: { cookie: cookies, "accept-encoding": "gzip" } }, (r) => {
      const morceaux = [];
      r.on("data", (m) => morceaux.push(m));
      r.on("error", reject);
      r.on("end", () => {
        const ms = performance.now() - t0;
        if (r.statusCode !== 200) return reject(new Error(`${chemin} : HTTP ${r.statusCode}`));
        if (!verifiees.has(chemin)) {
          const brut = Buffer.concat(morceaux);
          const corps = (r.headers["content-encoding"] === "gzip" ? zlib.gunzipSync(brut) : brut).toString("utf8");
          if (corps.length < 1000 || !corps.includes("</html>")) return reject(new Error(`${chemin} : réponse incomplète`));
          verifiees.add(chemin);
        }
        resolve(ms);
      });
    });
    req.on("error", reject);
  });
}

// Processeur par requête, pendant la mesure à 10 utilisateurs (Linux : /proc) : le serveur Node (processus
// lancé par le banc et ses travailleurs) et PostgreSQL (le postmaster du port de DATABASE_URL et ses
// processus). « — » si le banc mesure un serveur déjà lancé ou hors Linux.
function processus() {
  try {
    return execSync("ps -eo pid=,ppid=,args=", { encoding: "utf8" })
      .trim()
      .split("\n")
      .map((l) => l.trim().match(/^(\d+)\s+(\d+)\s+(.*)$/))
      .filter(Boolean)
      .map(([, pid, ppid, args]) => ({ pid: Number(pid), ppid: Number(ppid), args }));
  } catch {
    return [];
  }
}
function descendants(racines, tous) {
  const pids = new Set(racines);
  for (let ajoute = true; ajoute; ) {
    ajoute = false;
    for (const p of tous) {
      if (pids.has(p.ppid) && !pids.has(p.pid)) {
        pids.add(p.pid);
        ajoute = true;
      }
    }
  }
  return [...pids];
}
function processeurMs(pids) {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const champs = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      ticks += Number(champs[11]) + Number(champs[12]);
    } catch {}
  }
  return ticks * 10; // 100 tops par seconde (USER_HZ)
}
function releverProcesseur() {
  const tous = processus();
  const portPg = (() => {
    try {
      return new URL(env.DATABASE_URL ?? "").port || "5432";
    } catch {
      return null;
    }
  })();
  const postmaster = tous.filter((p) => portPg && /postgres/.test(p.args) && new RegExp(`-p\\s*${portPg}(\\s|$)`).test(p.args)).map((p) => p.pid);
  return {
    node: serveur ? processeurMs(descendants([serveur.pid], tous)) : null,
    pg: postmaster.length ? processeurMs(descendants(postmaster, tous)) : null,
  };
}

const centile = (v, p) => [...v].sort((a, b) => a - b)[Math.min(v.length - 1, Math.ceil((p / 100) * v.length) - 1)];
// Chauffe : un serveur Node qui vient de démarrer compile encore son code à la volée (JIT) ; les ~150 premières
// requêtes d'une page coûtent jusqu'à 1,7 fois plus de processeur que les suivantes (docs/performances.md).
// Par défaut le banc mesure le régime établi, après 40 requêtes de chauffe par page (10 utilisateurs × 4) ;
// --a-froid garde 3 requêtes de chauffe, pour mesurer un serveur qui vient de démarrer.
const aFroid = args.has("--a-froid");
async function chauffer(chemin, cookies) {
  if (aFroid) {
    for (let i = 0; i < 3; i++) await obtenir(chemin, cookies);
    return;
  }
  await Promise.all(Array.from({ length: 10 }, async () => {
    for (let i = 0; i < 4; i++) await obtenir(chemin, cookies);
  }));
}
async function mesurer(chemin, cookies, concurrence, parUtilisateur) {
  const durees = [];
  const avant = releverProcesseur();
  const debut = performance.now();
  await Promise.all(
    Array.from({ length: concurrence }, async () => {
      for (let i = 0; i < parUtilisateur; i++) durees.push(await obtenir(chemin, cookies));
    }),
  );
  const fin = performance.now();
  const apres = releverProcesseur();
  const parRequete = (a, b) => (a === null || b === null ? null : (b - a) / durees.length);
  return {
    p50: centile(durees, 50),
    p95: centile(durees, 95),
    debit: (durees.length / (fin - debut)) * 1000,
    node: parRequete(avant.node, apres.node),
    pg: parRequete(avant.pg, apres.pg),
  };
}

const comptes = {
  "chargé de mission": "charge.mission@cd13.demo",
  "responsable pôle III": "responsable.pole3@cd13.demo",
  "référent pôle I": "referent.pole1@cd13.demo",
};
const scenarios = [
  ["chargé de mission", "/beneficiaires"],
  ["chargé de mission", "/beneficiaires?tri=nom&page=40&taille=50"],
  ["chargé de mission", "/beneficiaires?alerte=ECHEANCE_PROCHE&tri=commune"],
  ["chargé de mission", "/tableaux-de-bord"],
  ["chargé de mission", "/catalogue?q=emploi"],
  ["responsable pôle III", "/beneficiaires"],
  ["responsable pôle III", "/beneficiaires?alerte=SANS_CONTRAT&tri=fin_contrat&ordre=desc"],
  ["responsable pôle III", "/tableaux-de-bord"],
  ["référent pôle I", "/beneficiaires"],
  // listes et tableaux de bord ajoutés depuis la mesure d'origine
  ["chargé de mission", "/tableaux-de-bord/territoires"],
  ["chargé de mission", "/prescriptions"],
  ["chargé de mission", "/conventions"],
  ["chargé de mission", "/budgets"],
  ["chargé de mission", "/aides"],
  ["chargé de mission", "/aides/statistiques"],
  ["chargé de mission", "/commissions"],
  ["chargé de mission", "/commissions/tableau-de-bord"],
  ["responsable pôle III", "/prescriptions"],
  ["référent pôle I", "/prescriptions"],
  ["référent pôle I", "DOSSIER"],
];

// BENCH_PAGES=tableaux,catalogue : seulement les pages dont le chemin contient l'un de ces fragments
const filtre = process.env.BENCH_PAGES?.split(",").filter(Boolean);
if (filtre) scenarios.splice(0, scenarios.length, ...scenarios.filter(([, chemin]) => filtre.some((f) => chemin.includes(f) || (f === "DOSSIER" && chemin === "DOSSIER"))));

const cookies = {};
for (const [nom, courriel] of Object.entries(comptes)) cookies[nom] = await session(courriel);
await navigateur.close();

// « DOSSIER » : le dossier de la première personne de la file active du référent (lien lu dans la page)
{
  const r = await fetch(`${base}/beneficiaires`, { headers: { cookie: cookies["référent pôle I"] }, redirect: "manual" });
  const html = await r.text();
  const lien = html.match(/href="(\/beneficiaires\/(?!export)[A-Za-z0-9_-]+)"/)?.[1];
  if (!lien) throw new Error(`aucun dossier dans la file active du référent (HTTP ${r.status} ${r.headers.get("location") ?? ""}) : ${html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").slice(0, 600)}`);
  for (const s of scenarios) if (s[1] === "DOSSIER") s[1] = lien;
}

const lignes = [];
let erreurs = 0;
console.log(aFroid ? "\nà froid : 3 requêtes de chauffe par page" : "\nrégime établi : 40 requêtes de chauffe par page (10 utilisateurs × 4)");
console.log(`\n${"compte".padEnd(22)} ${"page".padEnd(58)} ${"p50 1 u.".padStart(9)} ${"p95 1 u.".padStart(9)} ${"p50 10 u.".padStart(10)} ${"p95 10 u.".padStart(10)} ${"pages/s".padStart(8)} ${"Node/req".padStart(9)} ${"PG/req".padStart(7)}`);
for (const [compte, chemin] of scenarios) {
  const essai = Boolean(process.env.BENCH_ESSAI); // vérification rapide du banc lui-même
  let un, dix;
  try {
    await chauffer(chemin, cookies[compte]);
    un = await mesurer(chemin, cookies[compte], 1, essai ? 2 : 20);
    dix = await mesurer(chemin, cookies[compte], 10, essai ? 1 : 6);
  } catch (e) {
    console.log(`${compte.padEnd(22)} ${chemin.padEnd(58)} ERREUR ${e.message}`);
    erreurs++;
    continue;
  }
  lignes.push({ compte, chemin, un, dix });
  console.log(
    `${compte.padEnd(22)} ${chemin.padEnd(58)} ${un.p50.toFixed(0).padStart(9)} ${un.p95.toFixed(0).padStart(9)} ${dix.p50.toFixed(0).padStart(10)} ${dix.p95.toFixed(0).padStart(10)} ${dix.debit.toFixed(1).padStart(8)} ${(dix.node === null ? "—" : dix.node.toFixed(1)).padStart(9)} ${(dix.pg === null ? "—" : dix.pg.toFixed(1)).padStart(7)}`,
  );
}
const depasse = lignes.filter((l) => l.dix.p95 > 300 || l.un.p50 > 60);
console.log(`\nobjectifs : p95 ≤ 300 ms à 10 utilisateurs, p50 ≤ 60 ms à 1 utilisateur — ${depasse.length ? `${depasse.length} page(s) au-delà : ${depasse.map((l) => `${l.compte} ${l.chemin}`).join(" ; ")}` : "tous atteints"}`);
arreter();
process.exit(erreurs ? 1 : 0);
