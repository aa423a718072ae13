// Tâche quotidienne : contrats validés → en cours, contrats en cours arrivés à échéance → échus.
//   npm run contrats:echeances
import { creerClient } from "@/lib/db-script";
import { actualiserEcheances } from "@/lib/contrats/echeances";

const db = creerClient();
const r = await actualiserEcheances(db);
console.log(`Contrats passés en cours : ${r.enCours} ; contrats échus : ${r.echus}.`);
await db.$disconnect();
