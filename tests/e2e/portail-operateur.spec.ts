import { expect, test } from "@playwright/test";
import { capturer, seConnecter, verifierAccessibilite } from "./outils";

test("la structure saisit son bilan en brouillon, le soumet ; le chargé de mission le renvoie puis le valide", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await seConnecter(page, "operateur.ares@cd13.demo");
  await page.goto("/conventions");
  await page.getByRole("table").locator("tbody").getByRole("link").first().click();
  await page.waitForURL(/\/conventions\/[^/?]+$/);
  const convention = page.url();
  await page.getByRole("link", { name: "Saisir un bilan" }).click();
  await page.getByLabel(/^Type de bilan \*/).selectOption({ label: "Bilan intermédiaire" });
  await page.getByLabel(/^Du \*/).fill("2026-07-01");
  await page.getByLabel(/^Au \*/).fill("2026-09-30");
  await page.getByLabel(/^Participants \*/).fill("41");
  await page.getByLabel("Emploi durable", { exact: true }).fill("3");
  await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await expect(page.getByRole("heading", { name: /Bilan intermédiaire du 01\/07\/2026 au 30\/09\/2026/ })).toBeVisible();
  await expect(page.getByText("Brouillon", { exact: true })).toBeVisible();
  await verifierAccessibilite(page);
  await page.getByRole("button", { name: "Soumettre le bilan" }).click();
  await expect(page.getByText("Soumis, à valider", { exact: true })).toBeVisible();
  await capturer(page, "bilan-soumis-structure");

  const charge = await (await browser.newContext()).newPage();
  await seConnecter(charge, "charge.mission@cd13.demo");
  await charge.goto(convention);
  await charge.getByRole("button", { name: "Renvoyer à la structure" }).click();
  await expect(charge.getByText("Indiquez ce que la structure doit corriger.").first()).toBeVisible();
  await charge.getByLabel(/^Motif du renvoi/).fill("Précisez les contrats des 3 sorties en emploi durable.");
  await charge.getByRole("button", { name: "Renvoyer à la structure" }).click();
  await expect(charge.getByText(/Renvoyé à la structure/)).toBeVisible();

  await page.reload();
  await expect(page.getByText("Précisez les contrats des 3 sorties en emploi durable.", { exact: false })).toBeVisible();
  await page.getByRole("button", { name: "Soumettre le bilan" }).click();
  await expect(page.getByText("Soumis, à valider", { exact: true })).toBeVisible();

  await charge.reload();
  await charge.getByRole("button", { name: "Valider le bilan" }).click();
  await expect(charge.getByRole("button", { name: "Valider le bilan" })).toHaveCount(0);
  await expect(charge.getByText("Soumis, à valider", { exact: true })).toHaveCount(0);
  await verifierAccessibilite(charge);
  await capturer(charge, "bilan-valide");
});
