// Affiche les comptes de démonstration (appelé par `npm run demo`).
import { COMPTES_DEMO, MOT_DE_PASSE_DEMO } from "../prisma/donnees/comptes";

const lignes = COMPTES_DEMO.map((c) => [c.departement === "13" ? "Bouches-du-Rhône" : "Orne", c.role, c.courriel, c.territoire ?? c.structure ?? "département"]);
const largeurs = [16, 22, 34];
console.log("Comptes de démonstration (mot de passe commun : " + MOT_DE_PASSE_DEMO + ")");
for (const l of lignes) console.log("  " + l.map((c, i) => (largeurs[i] ? c.padEnd(largeurs[i]!) : c)).join(" "));
