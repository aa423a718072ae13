import { expect, test } from "@playwright/test";
import { capturer, seConnecter, verifierAccessibilite } from "./outils";

test("l'administrateur voit les tâches de fond et en relance une, qui s'exécute", async ({ page }) => {
  await seConnecter(page, "admin@cd13.demo");
  await page.getByRole("link", { name: "Tâches de fond" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tâches de fond" })).toBeVisible();
  const ligne = page.getByRole("table", { name: /dernière exécution/ }).getByRole("row", { name: /Échéances des contrats d'engagement/ });
  await expect(ligne).toBeVisible();
  await ligne.getByRole("button", { name: /Lancer maintenant/ }).click();
  await expect(ligne.getByText("Tâche mise en file")).toBeVisible();
  // le travailleur du serveur la prend sous quelques secondes
  await expect(async () => {
    await page.reload();
    const recentes = page.getByRole("table", { name: /Trente dernières exécutions/ });
    await expect(recentes.getByRole("row", { name: /Échéances des contrats d'engagement.*Terminée/ }).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await verifierAccessibilite(page);
  await capturer(page, "administration-taches");
});

test("un référent n'a pas accès aux tâches de fond", async ({ page }) => {
  await seConnecter(page, "referent.pole3@cd13.demo");
  await page.goto("/administration/taches");
  await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
});
