import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import fs from "node:fs";

export const MOT_DE_PASSE = "Insertion2026!";

/** Se connecte ; avec le bon mot de passe, attend d'avoir quitté la page de connexion. */
export async function seConnecter(page: Page, courriel: string, motDePasse = MOT_DE_PASSE) {
  await page.goto("/connexion");
  await page.getByLabel("Adresse électronique").fill(courriel);
  await page.getByLabel("Mot de passe").fill(motDePasse);
  await page.getByRole("button", { name: "Se connecter" }).click();
  if (motDePasse === MOT_DE_PASSE) await page.waitForURL((url) => !url.pathname.startsWith("/connexion"));
}

/** Aucune violation axe-core « serious » ou « critical » sur la page courante. */
export async function verifierAccessibilite(page: Page) {
  const resultat = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const graves = resultat.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}) : ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(graves, `violations d'accessibilité sur ${page.url()}`).toEqual([]);
}

/** Capture d'écran pleine page dans tests/e2e/captures (non versionné), pour relecture humaine. */
export async function capturer(page: Page, nom: string) {
  fs.mkdirSync("tests/e2e/captures", { recursive: true });
  await page.screenshot({ path: `tests/e2e/captures/${nom}.png`, fullPage: true });
}
