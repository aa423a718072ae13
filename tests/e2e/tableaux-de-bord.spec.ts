import { expect, test } from "@playwright/test";
import { capturer, seConnecter, verifierAccessibilite } from "./outils";

for (const [courriel, titre] of [
  ["lecteur@cd13.demo", "Département des Bouches-du-Rhône"],
  ["charge.mission@cd13.demo", "Département des Bouches-du-Rhône"],
  ["responsable.pole9@cd13.demo", "Pôle d'insertion IX"],
] as const) {
  test(`${courriel} ouvre son tableau de bord`, async ({ page }) => {
    await seConnecter(page, courriel);
    await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Tableaux de bord" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(titre);
    await expect(page.getByRole("table", { name: "Répartition par tranche d'âge et sexe" })).toBeVisible();
    await verifierAccessibilite(page);
    await capturer(page, `tableau-de-bord-${courriel.split("@")[0]}`);
  });
}

test("la page du pôle IX reprend sa fiche et s'exporte ; le lecteur n'y voit aucune personne", async ({ page }) => {
  await seConnecter(page, "lecteur@cd13.demo");
  await page.goto("/tableaux-de-bord");
  await page.getByLabel("Territoire", { exact: true }).selectOption({ label: "Pôle d'insertion IX Istres-Martigues-Marignane-Vitrolles" });
  await page.getByRole("button", { name: "Afficher" }).click();
  const pyramide = page.getByRole("table", { name: "Répartition par tranche d'âge et sexe" });
  await expect(pyramide.getByRole("row", { name: /^0-24 ans/ })).toContainText("53");
  await expect(pyramide.getByRole("row", { name: /^Total/ })).toContainText("9\u00a0604");
  await expect(page.getByRole("row", { name: /Allocataires \(ARSA, déc\. 2023\)/ })).toContainText("8\u00a0311");
  await expect(page.getByRole("link", { name: "Bénéficiaires" })).toHaveCount(0);
  const telechargement = page.waitForEvent("download");
  await page.getByRole("link", { name: "Exporter en Excel" }).click();
  expect((await telechargement).suggestedFilename()).toMatch(/^tableau-de-bord-.+-\d{4}\.xlsx$/); // territoire et année dans le nom
});
