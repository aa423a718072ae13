import { expect, test } from "@playwright/test";
import { capturer, seConnecter, verifierAccessibilite } from "./outils";

test.describe("connexion", () => {
  test("un mauvais mot de passe donne un message clair en français et garde le courriel saisi", async ({ page }) => {
    await page.goto("/connexion");
    await verifierAccessibilite(page);
    await seConnecter(page, "lecteur@cd13.demo", "mauvais-mot-de-passe");
    await expect(page.getByRole("alert").filter({ hasText: "incorrect" })).toHaveText("Adresse électronique ou mot de passe incorrect.");
    await expect(page.getByLabel("Adresse électronique")).toHaveValue("lecteur@cd13.demo");
    await verifierAccessibilite(page);
    await capturer(page, "connexion-erreur");
  });

  test("des champs vides sont signalés à côté de chaque champ", async ({ page }) => {
    await page.goto("/connexion");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.getByText("Saisissez votre adresse électronique.")).toBeVisible();
    await expect(page.getByText("Saisissez votre mot de passe.")).toBeVisible();
    await expect(page.getByLabel("Adresse électronique")).toHaveAttribute("aria-invalid", "true");
  });

  test("une page protégée renvoie vers la connexion, puis y revient après connexion", async ({ page }) => {
    await page.goto("/programmes");
    await expect(page).toHaveURL(/\/connexion\?retour=%2Fprogrammes/);
    await page.getByLabel("Adresse électronique").fill("charge.mission@cd13.demo");
    await page.getByLabel("Mot de passe").fill("Insertion2026!");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page).toHaveURL(/\/programmes$/);
    await expect(page.getByRole("heading", { level: 1, name: "Programmes" })).toBeVisible();
  });

  test("une session expirée est annoncée comme telle", async ({ page, context }) => {
    await seConnecter(page, "lecteur@cd13.demo");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Bonjour");
    // le jeton de session a expiré (ou a été révoqué) : le navigateur ne l'envoie plus
    const cookies = await context.cookies();
    await context.clearCookies();
    await context.addCookies(cookies.filter((c) => !c.name.includes("session-token")));
    await page.goto("/structures");
    await expect(page).toHaveURL(/motif=session-expiree/);
    await expect(page.getByRole("status")).toContainText("Votre session a expiré");
    await capturer(page, "session-expiree");
  });

  test("la déconnexion ferme la session", async ({ page }) => {
    await seConnecter(page, "lecteur@orne.demo");
    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await expect(page.getByRole("status")).toContainText("Vous êtes déconnecté(e).");
    await page.goto("/");
    await expect(page).toHaveURL(/\/connexion/);
    await expect(page.getByRole("status")).toHaveCount(0);
  });
});
