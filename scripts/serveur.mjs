// Serveur de production sur tous les cœurs : `next start` ne rend les pages que sur un fil (un cœur) ;
// ici un processus primaire répartit les connexions entre N travailleurs Next (module cluster de Node),
// chacun avec son pool de connexions à PostgreSQL. Le travailleur des tâches de fond ne tourne que dans le
// premier (TACHES_TRAVAILLEUR=0 pour les autres), et un travailleur qui tombe est relancé.
//   node scripts/serveur.mjs                 port PORT (3000), SERVEUR_PROCESSUS travailleurs (nombre de cœurs)
//   node scripts/serveur.mjs -p 3216         même chose sur le port donné
// Les variables d'environnement (DATABASE_URL, AUTH_SECRET…) sont celles de `next start`.
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";

const i = process.argv.indexOf("-p");
const port = Number(i > 0 ? process.argv[i + 1] : (process.env.PORT ?? 3000));
// adresse d'écoute : comme next start, toutes les interfaces (IPv6 et IPv4 si la machine a IPv6), ou HOSTNAME_SERVEUR
const hostname = process.env.HOSTNAME_SERVEUR;
const processus = Math.max(1, Number(process.env.SERVEUR_PROCESSUS ?? os.availableParallelism()));

if (cluster.isPrimary) {
  // jeune génération du tas plus grande (64 Mo au lieu de 16) : le rendu d'une page alloue beaucoup d'objets
  // de courte durée ; moins de ramasse-miettes mineurs par requête (≈ 5 % de processeur en moins, mesuré)
  cluster.setupPrimary({ execArgv: [...process.execArgv, "--max-semi-space-size=64"] });
  const rangs = new Map();
  const lancer = (rang) => {
    // le travailleur des tâches dans le premier seulement, sauf s'il est coupé pour tous
    const taches = rang === 0 && process.env.TACHES_TRAVAILLEUR !== "0" ? (process.env.TACHES_TRAVAILLEUR ?? "") : "0";
    const w = cluster.fork({ ...process.env, TACHES_TRAVAILLEUR: taches, SERVEUR_RANG: String(rang) });
    rangs.set(w.id, rang);
  };
  for (let r = 0; r < processus; r++) lancer(r);
  let arret = false;
  const departs = new Map();
  cluster.on("online", (w) => departs.set(w.id, Date.now()));
  let echecsRapides = 0;
  cluster.on("exit", (w, code, signal) => {
    const rang = rangs.get(w.id);
    rangs.delete(w.id);
    if (arret) return;
    // un travailleur qui tombe aussitôt démarré (build absent, base injoignable) : on n'insiste pas
    if (Date.now() - (departs.get(w.id) ?? 0) < 15_000 && ++echecsRapides >= 3) {
      console.error("[serveur] les travailleurs s'arrêtent dès le démarrage : arrêt du serveur");
      process.exit(1);
    }
    console.error(`[serveur] travailleur ${rang} arrêté (${signal ?? code}) : relancé`);
    lancer(rang);
  });
  const arreter = () => {
    arret = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
    setTimeout(() => process.exit(0), 5000).unref();
    cluster.on("exit", () => {
      if (!Object.keys(cluster.workers ?? {}).length) process.exit(0);
    });
  };
  process.on("SIGINT", arreter);
  process.on("SIGTERM", arreter);
  console.log(`[serveur] ${processus} processus sur http://localhost:${port}`);
} else {
  process.env.NODE_ENV = "production";
  const { default: next } = await import("next");
  // sans « hostname » : comme next start, les adresses absolues que Next construit (redirections) sont sur
  // localhost:port et non « 0.0.0.0 » ; les redirections de l'application restent relatives
  const app = next({ dev: false, port });
  const traiter = app.getRequestHandler();
  await app.prepare();
  const serveur = http.createServer((req, res) => traiter(req, res));
  if (hostname) serveur.listen(port, hostname);
  else serveur.listen(port);
  for (const s of ["SIGINT", "SIGTERM"]) process.on(s, () => process.exit(0));
}
