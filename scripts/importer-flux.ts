// Importe un fichier d'allocataires (flux XML CNAF, CSV ou XLSX, reconnu par son contenu) dans la base de
// DATABASE_URL (sinon la base embarquée), affiche l'avancement sur stderr et finit par UNE ligne JSON
// (le résumé de docs/decisions/1101-imports-flux-caf.md). Code de sortie non nul si le fichier est illisible.
//   npm run flux:importer -- j1.xml [--departement 13]
import path from "node:path";
import { creerClient } from "@/lib/db-script";
import { creerImport, departementDuFichier } from "@/lib/imports/enregistrer";
import { importerFichier } from "@/lib/imports/importer";
import { rafraichirIndicateurs } from "@/lib/tableaux-de-bord/rafraichir";

async function main() {
  const args = process.argv.slice(2);
  const i = args.indexOf("--departement");
  const codeDep = i >= 0 ? args[i + 1] : undefined;
  const fichier = args.find((a, k) => !a.startsWith("--") && args[k - 1] !== "--departement");
  if (!fichier) {
    console.error("Usage : npm run flux:importer -- <fichier.xml|.csv|.xlsx> [--departement 13]");
    process.exit(2);
  }
  const chemin = path.resolve(process.env.INIT_CWD ?? process.cwd(), fichier);
  const db = creerClient();
  try {
    const code = codeDep ?? (await departementDuFichier(chemin));
    const departement = code ? await db.departement.findUnique({ where: { code } }) : null;
    if (!departement) {
      console.log(JSON.stringify({ fichierIllisible: true, foyersAppliques: 0, motif: code ? `Département ${code} inconnu dans la base.` : "Département du fichier introuvable (précisez --departement)." }));
      process.exitCode = 1;
      return;
    }
    const imp = await creerImport(db, { departementId: departement.id, utilisateurId: null, nomFichier: path.basename(chemin), chemin });
    const resume = await importerFichier({
      importId: imp.id,
      progression: (fait, total, message) => void process.stderr.write(`\r[import] ${Math.round((100 * fait) / total)} % — ${message}      `),
    });
    process.stderr.write("\n");
    if (!resume.fichierIllisible) {
      const ms = await rafraichirIndicateurs(db);
      process.stderr.write(`[import] indicateurs rafraîchis en ${ms} ms\n`);
    }
    console.log(JSON.stringify(resume));
    if (resume.fichierIllisible) process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
