// Lance une tâche de fond à la main, par le même exécuteur que le serveur (trace dans tache_execution).
//   npm run taches -- --liste
//   npm run taches -- contrats-echeances
//   npm run taches -- <nom> --departement 13 [--parametres '{"cle":"valeur"}']
//   npm run taches -- --en-attente            (exécute tout ce qui attend dans la file)
import { creerClient } from "@/lib/db-script";
import { TACHES } from "@/lib/taches/registre";
import { executerEnAttente, executerMaintenant } from "@/lib/taches/file";

const args = process.argv.slice(2);
const option = (nom: string) => {
  const i = args.indexOf(nom);
  return i >= 0 ? args[i + 1] : undefined;
};

if (args.length === 0 || args.includes("--liste")) {
  console.log("Tâches de fond :");
  for (const t of TACHES) console.log(`  ${t.nom.padEnd(28)} ${t.libelle}${t.quotidienne ? " (quotidienne)" : ""}${t.parDepartement ? " (par département)" : ""}`);
  process.exit(0);
}

const db = creerClient();
let code = 0;
try {
  if (args.includes("--en-attente")) {
    console.log(`${await executerEnAttente(db)} exécution(s) faite(s).`);
  } else {
    const nom = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"))!;
    const codeDepartement = option("--departement");
    const departementId = codeDepartement
      ? (await db.departement.findUnique({ where: { code: codeDepartement }, select: { id: true } }))?.id
      : null;
    if (codeDepartement && !departementId) throw new Error(`Département inconnu : ${codeDepartement}`);
    const parametres = option("--parametres") ? (JSON.parse(option("--parametres")!) as Record<string, unknown>) : {};
    const execution = await executerMaintenant(db, { nom, departementId, parametres });
    const duree = execution.debuteLe && execution.termineLe ? execution.termineLe.getTime() - execution.debuteLe.getTime() : null;
    console.log(`${nom} : ${execution.statut === "TERMINEE" ? "terminée" : "échouée"}${duree != null ? ` en ${duree} ms` : ""}.`);
    if (execution.statut !== "TERMINEE") {
      console.error(execution.erreur);
      code = 1;
    }
    console.log(JSON.stringify(execution.resultat ?? {}));
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  code = 1;
} finally {
  await db.$disconnect();
}
process.exit(code);
