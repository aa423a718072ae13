import { expect, test } from "@playwright/test";
import { capturer, seConnecter, verifierAccessibilite } from "./outils";

test("le référent établit un contrat : plan refusé puis corrigé, signature, validation par le territoire, prescription", async ({ page, browser }) => {
  await seConnecter(page, "referent.pole6@cd13.demo");
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Bénéficiaires" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ma file active" })).toBeVisible();
  await verifierAccessibilite(page);
  await capturer(page, "file-active");

  // une personne entrée récemment, pas encore orientée ni sous contrat
  await page.getByRole("link", { name: /^Pas orienté après 15 jours/ }).click();
  await expect(page).toHaveURL(/alerte=DELAI_ORIENTATION_DEPASSE/);
  await page.getByRole("table").locator("tbody").getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Orientation et référent" })).toBeVisible();
  await verifierAccessibilite(page);
  const dossier = page.url();

  await page.getByRole("link", { name: "Nouveau contrat d'engagement" }).click();
  await page.getByLabel(/^Objectif \*/).fill("Accéder à un emploi d'agent d'entretien");
  await page.getByLabel("Activité 1").fill("Atelier de recherche d'emploi");
  await page.getByLabel("Heures / semaine").fill("4");
  await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();

  // moins de 15 h sans motif : erreur claire, rien de perdu
  await expect(page.locator("#motifMinoration-erreur")).toHaveText("Le plan prévoit 4\u00a0h par semaine, moins de 15 h : indiquez le motif de la minoration.");
  await expect(page.getByLabel(/^Objectif \*/)).toHaveValue("Accéder à un emploi d'agent d'entretien");
  await expect(page.getByLabel("Activité 1")).toHaveValue("Atelier de recherche d'emploi");
  await verifierAccessibilite(page);
  await capturer(page, "contrat-erreur");

  await page.getByRole("button", { name: "Ajouter une activité à l'objectif 1" }).click();
  await page.getByLabel("Activité 2").fill("Immersion en entreprise (PMSMP)");
  await page.locator("#activite-0-1-heures").fill("11");
  await expect(page.getByText("Total des activités : 15 h par semaine")).toBeVisible();
  await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Contrat d'engagement" })).toBeVisible();
  await expect(page.getByText("Durée hebdomadaire d'activité : 15\u00a0h.")).toBeVisible();

  await page.getByRole("button", { name: "Signer le contrat" }).click();
  await page.getByLabel("Je confirme : cette étape ne se défait pas").check();
  await page.getByRole("button", { name: "Confirmer : signer le contrat" }).click();
  await expect(page.getByText("Contrat signé.")).toBeVisible();
  await expect(page.getByText(/· Signé ·/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Signer le contrat" })).toHaveCount(0);
  const contrat = page.url();
  await verifierAccessibilite(page);
  await capturer(page, "contrat-signe");

  // prescription depuis le dossier
  await page.goto(dossier);
  await page.getByLabel(/^Action du catalogue \*/).selectOption({ label: "2.2.5 Espace d'accompagnement – ARES" });
  await page.getByRole("button", { name: "Prescrire" }).click();
  await expect(page.getByText("Prescription envoyée au porteur de l'action.")).toBeVisible();
  // la personne peut avoir une prescription plus ancienne sur la même action (sortie) : la nouvelle est « Proposée »
  await expect(page.getByRole("row", { name: /2\.2\.5 Espace d'accompagnement/ }).filter({ hasText: "Proposée" })).toHaveCount(1);

  // validation par la responsable du pôle VI
  const responsable = await (await browser.newContext()).newPage();
  await seConnecter(responsable, "responsable.pole6@cd13.demo");
  await responsable.goto("/beneficiaires");
  await expect(responsable.getByRole("heading", { name: /Contrats signés à valider/ })).toBeVisible();
  await responsable.goto(contrat);
  await responsable.getByRole("button", { name: "Valider le contrat" }).click();
  await expect(responsable.getByText("Contrat validé.")).toBeVisible();
  await expect(responsable.getByText(/· En cours ·/)).toBeVisible();
  await verifierAccessibilite(responsable);

  // l'opérateur ARES accepte la prescription
  const operateur = await (await browser.newContext()).newPage();
  await seConnecter(operateur, "operateur.ares@cd13.demo");
  await operateur.goto("/prescriptions?statut=PROPOSEE");
  await expect(operateur.getByRole("heading", { level: 1, name: "Prescriptions sur vos actions" })).toBeVisible();
  await verifierAccessibilite(operateur);
  // dans le corps du tableau : l'en-tête porte une colonne « Proposée le »
  const ligne = operateur.locator("tbody").getByRole("row").filter({ hasText: "Proposée" }).first();
  const personne = (await ligne.getByRole("cell").first().innerText()).split("\n")[0]!;
  await ligne.getByRole("button", { name: "Enregistrer" }).click();
  await expect(operateur.getByRole("row").filter({ hasText: personne })).toHaveCount(0); // n'est plus « proposée »
  await operateur.goto("/prescriptions?statut=ACCEPTEE");
  await expect(operateur.getByRole("row").filter({ hasText: personne }).first()).toContainText("Acceptée");
});

test("un référent qui tape l'adresse d'un dossier qu'il ne suit pas obtient « Page introuvable »", async ({ page, browser }) => {
  const autre = await (await browser.newContext()).newPage();
  await seConnecter(autre, "referent.pole2@cd13.demo");
  await autre.goto("/beneficiaires");
  const href = await autre.getByRole("table").locator("tbody").getByRole("link").first().getAttribute("href");
  await seConnecter(page, "referent.pole6@cd13.demo");
  const reponse = await page.goto(href!);
  expect(reponse?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
});
