import { expect, test, type Browser, type Page } from "@playwright/test";
import { codePourPas, decoderBase32, pasDuTemps } from "../../lib/auth/domain/totp";
import { capturer, seConnecter, verifierAccessibilite } from "./outils";

// Sessions côté serveur, administration des comptes, lien de mot de passe, second facteur.
test.describe.configure({ mode: "serial" });

const NOUVEAU = { courriel: "camille.roche@cd13.demo", motDePasse: "Une phrase de passe pour Camille" };
let lien = "";

async function nouvellePage(browser: Browser): Promise<Page> {
  const contexte = await browser.newContext({ locale: "fr-FR", timezoneId: "Europe/Paris" });
  return contexte.newPage();
}

test("un cookie copié avant la déconnexion ne donne plus accès aux bénéficiaires", async ({ page, context, browser }) => {
  await seConnecter(page, "referent.pole2@cd13.demo");
  await page.goto("/beneficiaires");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/beneficiaires$/);
  const copie = await context.cookies();
  expect(copie.some((c) => c.name.includes("session-token"))).toBe(true);

  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page.getByRole("status")).toContainText("Vous êtes déconnecté(e).");

  // un autre navigateur rejoue le cookie copié : la session est révoquée côté serveur
  const rejeu = await browser.newContext();
  await rejeu.addCookies(copie);
  const autre = await rejeu.newPage();
  await autre.goto("/beneficiaires");
  await expect(autre).toHaveURL(/\/connexion/);
  await rejeu.close();
});

test("l'administrateur crée un compte : erreurs à côté des champs, puis lien à usage unique", async ({ page }) => {
  await seConnecter(page, "admin@cd13.demo");
  await page.goto("/administration/utilisateurs");
  await expect(page.getByRole("heading", { level: 1, name: "Utilisateurs" })).toBeVisible();
  await verifierAccessibilite(page);
  await capturer(page, "comptes-liste-1366");
  await page.setViewportSize({ width: 390, height: 844 });
  await capturer(page, "comptes-liste-390");
  await page.setViewportSize({ width: 1366, height: 900 });

  await page.getByRole("link", { name: "Nouveau compte" }).click();
  await page.getByLabel("Prénom").fill("Camille");
  await page.getByLabel("Rôle").selectOption({ label: "Référent de parcours" });
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page.getByText("Le nom est obligatoire.")).toBeVisible();
  await expect(page.getByLabel("Prénom")).toHaveValue("Camille"); // rien de ce qui a été tapé n'est perdu
  await verifierAccessibilite(page);

  await page.locator("#nom").fill("Roche");
  await page.getByLabel("Adresse électronique").fill(NOUVEAU.courriel);
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page.getByText("Ce rôle demande un territoire de rattachement.")).toBeVisible();
  await expect(page.getByLabel("Territoire de rattachement")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Adresse électronique")).toHaveValue(NOUVEAU.courriel);
  await page.getByLabel("Territoire de rattachement").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page.getByText("Compte créé.")).toBeVisible();
  lien = await page.getByTestId("lien-mot-de-passe").inputValue();
  expect(lien).toMatch(/\/connexion\/mot-de-passe\/[\w-]{40,}$/);
  await verifierAccessibilite(page);
  await capturer(page, "comptes-creation-1366");
  await page.setViewportSize({ width: 390, height: 844 });
  await capturer(page, "comptes-creation-390");
});

test("paramètres de sécurité du département : durée de conservation bornée, message à côté du champ", async ({ page }) => {
  await seConnecter(page, "admin@orne.demo");
  await page.goto("/administration/securite");
  await expect(page.getByRole("heading", { level: 1, name: "Sécurité et conservation" })).toBeVisible();
  await expect(page.getByLabel("Exiger un code à usage unique des administrateurs et chargés de mission")).not.toBeChecked();
  await page.getByLabel("Durée de conservation (mois)").fill("3");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("La durée de conservation doit être compris entre 6 et 120.")).toBeVisible();
  await expect(page.getByLabel("Durée de conservation (mois)")).toHaveValue("3");
  await verifierAccessibilite(page);
  await capturer(page, "parametres-securite-1366");
  await page.getByLabel("Durée de conservation (mois)").fill("36");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Paramètres enregistrés.")).toBeVisible();
  await expect(page.getByLabel("Durée de conservation (mois)")).toHaveValue("36");
});

test("second facteur exigé par le département : le chargé de mission ne voit que sa configuration", async ({ page, browser }) => {
  await seConnecter(page, "admin@orne.demo");
  await page.goto("/administration/securite");
  const exiger = page.getByLabel("Exiger un code à usage unique des administrateurs et chargés de mission");
  await exiger.check();
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Paramètres enregistrés.")).toBeVisible();
  try {
    const charge = await nouvellePage(browser);
    await charge.goto("/connexion");
    await charge.getByLabel("Adresse électronique").fill("charge.mission@orne.demo");
    await charge.getByLabel("Mot de passe").fill("Insertion2026!");
    await charge.getByRole("button", { name: "Se connecter" }).click();
    await expect(charge).toHaveURL(/\/compte\/securite\?obligatoire=1/);
    await expect(charge.getByText("Votre département exige un code à usage unique pour votre rôle.")).toBeVisible();
    await charge.goto("/beneficiaires");
    await expect(charge).toHaveURL(/\/compte\/securite\?obligatoire=1/);
    await verifierAccessibilite(charge);
    await capturer(charge, "totp-exige-1366");
    await charge.context().close();
  } finally {
    // les comptes de démonstration de l'Orne retrouvent la connexion sans code
    await page.goto("/administration/securite");
    await exiger.uncheck();
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByText("Paramètres enregistrés.")).toBeVisible();
  }
});

test("la personne choisit son mot de passe par le lien, qui ne sert qu'une fois", async ({ browser }) => {
  const page = await nouvellePage(browser);
  await page.goto(lien);
  await expect(page.getByRole("heading", { level: 1, name: "Choisir un mot de passe" })).toBeVisible();
  await page.locator("#motDePasse").fill("court");
  await page.locator("#confirmation").fill("autre");
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(page.getByText("Le mot de passe doit compter au moins 12 caractères.")).toBeVisible();
  await expect(page.getByText("Les deux saisies ne sont pas identiques.")).toBeVisible();
  await verifierAccessibilite(page);
  await page.locator("#motDePasse").fill(NOUVEAU.motDePasse);
  await page.locator("#confirmation").fill(NOUVEAU.motDePasse);
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(page).toHaveURL(/motif=mot-de-passe-defini/);
  await seConnecter(page, NOUVEAU.courriel, NOUVEAU.motDePasse);
  await expect(page).not.toHaveURL(/\/connexion/);

  await page.goto(lien);
  await expect(page.getByText("Ce lien n'est plus valable")).toBeVisible();
  await page.context().close();
});

test("second facteur : activé depuis « Mon compte », le code est ensuite demandé à la connexion", async ({ browser }) => {
  const page = await nouvellePage(browser);
  await seConnecter(page, NOUVEAU.courriel, NOUVEAU.motDePasse);
  await page.getByRole("link", { name: "Mon compte" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mon compte — sécurité" })).toBeVisible();
  await verifierAccessibilite(page);
  await capturer(page, "compte-securite-1366");
  const cle = (await page.getByTestId("cle-totp").innerText()).trim();
  const code = () => codePourPas(decoderBase32(cle), pasDuTemps(Date.now()));
  await page.getByLabel("Code affiché par l'application").fill(code());
  await page.getByRole("button", { name: "Activer la double authentification" }).click();
  await expect(page.getByText("Double authentification activée", { exact: false }).first()).toBeVisible();

  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await seConnecter(page, NOUVEAU.courriel, NOUVEAU.motDePasse);
  await expect(page.getByLabel("Code à usage unique")).toBeVisible();
  await expect(page.locator("#motDePasse")).toHaveValue(NOUVEAU.motDePasse);
  await verifierAccessibilite(page);
  await capturer(page, "connexion-code-1366");
  await page.getByLabel("Code à usage unique").fill("000000");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByText("Ce code n'est pas valide ou a déjà servi.")).toBeVisible();
  // le code suivant (pas voisin accepté) : le précédent a servi à l'activation
  await page.getByLabel("Code à usage unique").fill(codePourPas(decoderBase32(cle), pasDuTemps(Date.now()) + 1));
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/connexion"));
  await page.context().close();
});

test("désactiver le compte ferme aussitôt la session ouverte de la personne", async ({ page, browser }) => {
  const referente = await nouvellePage(browser);
  await seConnecter(referente, "referent.pole4@cd13.demo");
  await referente.goto("/beneficiaires");
  await expect(referente).toHaveURL(/\/beneficiaires$/);

  await seConnecter(page, "admin@cd13.demo");
  await page.goto("/administration/utilisateurs");
  await page.getByRole("row").filter({ hasText: "referent.pole4@cd13.demo" }).getByRole("link").click();
  await expect(page.getByText("Sessions ouvertes")).toBeVisible();
  await verifierAccessibilite(page);
  await capturer(page, "compte-detail-1366");
  await page.setViewportSize({ width: 390, height: 844 });
  await capturer(page, "compte-detail-390");
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.getByLabel("Compte actif").uncheck();
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Compte enregistré.")).toBeVisible();

  await referente.goto("/beneficiaires");
  await expect(referente).toHaveURL(/\/connexion/);
  await referente.context().close();

  // on rend le compte de démonstration à son état
  await page.getByLabel("Compte actif").check();
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Compte enregistré.")).toBeVisible();
});
