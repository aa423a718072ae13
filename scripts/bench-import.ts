// Banc d'essai de l'import des flux : 100 000 foyers (~60 Mo) en import initial, le même fichier réimporté,
// puis un delta quotidien d'environ 10 000 foyers. Affiche foyers/s, durées et pic de mémoire (RSS).
//   npm run bench:import                    (BENCH_FOYERS=20000 pour un essai plus court)
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations } from "./apply-migrations.mjs";
import { creerClient, viderBase } from "@/lib/db-script";
import { fabriquerDepartement, fabriquerTerritoire } from "@/tests/factories";
import { POLES_CD13 } from "@/prisma/donnees/territoires";
import { chargerCommunes } from "@/prisma/seed-communes";
import { creerImport } from "@/lib/imports/enregistrer";
import { importerFichier, type ResumeImport } from "@/lib/imports/importer";

const FOYERS = Number(process.env.BENCH_FOYERS ?? 100_000);
const GENERATEUR =
  process.env.GENERATEUR_FLUX ?? ["../shared/tools/generer-flux.mjs", "../../shared/tools/generer-flux.mjs"].map((p) => path.resolve(p)).find((p) => fs.existsSync(p))!;

async function main() {
  const url = process.env.DATABASE_URL!;
  await applyMigrations({ url, log: () => {} });
  const db = creerClient(url);
  await viderBase(db);
  const dep = await fabriquerDepartement(db, { code: "13", nom: "Département des Bouches-du-Rhône", nomCourt: "CD13" });
  for (const r of POLES_CD13) {
    const racine = await fabriquerTerritoire(db, { departementId: dep.id, type: r.type, code: r.code, nom: r.nom });
    for (const c of r.communes) await fabriquerTerritoire(db, { departementId: dep.id, parent: racine, type: c.type ?? "COMMUNE", code: c.code, nom: c.nom, codeInsee: c.codeInsee });
  }
  await chargerCommunes(db, dep.id, "13");

  const dossier = fs.mkdtempSync(path.join(os.tmpdir(), "bench-import-"));
  const j1 = path.join(dossier, "j1.xml");
  const j2 = path.join(dossier, "j2.xml");
  execFileSync("node", [GENERATEUR, "--departement", "13", "--foyers", String(FOYERS), "--sortie", j1], { stdio: "ignore" });
  execFileSync("node", [GENERATEUR, "--suite-de", j1, "--part", "0.0667", "--sortie", j2], { stdio: "ignore" });
  console.log(`fichiers : ${path.basename(j1)} ${(fs.statSync(j1).size / 1e6).toFixed(1)} Mo, ${path.basename(j2)} ${(fs.statSync(j2).size / 1e6).toFixed(1)} Mo`);

  const mesurer = async (fichier: string, libelle: string): Promise<ResumeImport> => {
    const imp = await creerImport(db, { departementId: dep.id, utilisateurId: null, nomFichier: path.basename(fichier), chemin: fichier });
    const t0 = performance.now();
    const r = await importerFichier({ url, importId: imp.id });
    const s = (performance.now() - t0) / 1000;
    console.log(
      `${libelle.padEnd(26)} ${String(r.foyersDansLeFichier).padStart(7)} foyers en ${s.toFixed(1).padStart(5)} s = ${Math.round(r.foyersDansLeFichier / s).toLocaleString("fr-FR").padStart(7)} foyers/s · changements ${r.changements} · entrants ${r.entrants} · sortants ${r.sortants} · pic RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} Mo`,
    );
    return r;
  };
  await mesurer(j1, "import initial");
  const re = await mesurer(j1, "même fichier réimporté");
  await mesurer(j2, "delta du lendemain");
  const re2 = await mesurer(j2, "delta réimporté");
  console.log(`pic de mémoire du processus (RSS) : ${Math.round(process.resourceUsage().maxRSS / 1024)} Mo ; réimports sans changement : ${re.changements === 0 && re2.changements === 0 ? "oui" : "NON"}`);
  fs.rmSync(dossier, { recursive: true, force: true });
  await db.$disconnect();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
