import fs from "node:fs";
import path from "node:path";

/** Le générateur de flux des documents partagés (dépôt placé à côté de shared/), ou celui que désigne GENERATEUR_FLUX (comme bench:import). */
export function cheminGenerateurFlux(): string {
  const chemin = [process.env.GENERATEUR_FLUX, "../shared/tools/generer-flux.mjs", "../../shared/tools/generer-flux.mjs"]
    .filter((p): p is string => Boolean(p))
    .map((p) => path.resolve(p))
    .find((p) => fs.existsSync(p));
  if (!chemin) throw new Error("Générateur de flux introuvable : placez le dépôt à côté de shared/ (../shared/tools/generer-flux.mjs) ou indiquez GENERATEUR_FLUX.");
  return chemin;
}
