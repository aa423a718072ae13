import { expect, test, type Page } from "@playwright/test";
import { capturer, seConnecter, verifierAccessibilite } from "./outils";

// Issue 14 : un seul contrat vivant, un éditeur qui montre ce qui sera enregistré, des étapes confirmées,
// quatre yeux, rupture annulable. Chaque test échoue sur le code d'avant l'issue.

/** Ouvre le dossier d'une personne de la file active qui n'a aucun contrat vivant (bouton « Nouveau contrat »). */
async function dossierSansContrat(page: Page, saut = 0): Promise<string> {
  await page.goto("/beneficiaires?alerte=SANS_CONTRAT");
  const liens = await page.getByRole("table").getByRole("link").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute("href")!));
  let trouves = 0;
  for (const href of liens.reverse()) {
    await page.goto(href);
    if ((await page.getByRole("link", { name: "Nouveau contrat d'engagement" }).count()) && trouves++ === saut) return href;
  }
  throw new Error("aucun dossier sans contrat dans la file active");
}

async function confirmer(page: Page, bouton: string, motif?: string) {
  await page.getByRole("button", { name: bouton }).click();
  if (motif !== undefined) await page.getByRole("textbox", { name: /Motif de la rupture|Pourquoi annuler/ }).fill(motif);
  await page.getByLabel("Je confirme : cette étape ne se défait pas").check();
  await page.getByRole("button", { name: new RegExp(`^Confirmer : ${bouton.charAt(0).toLowerCase()}${bouton.slice(1)}`) }).click();
}

test("l'éditeur garde ce qui sera enregistré après une erreur ; un seul contrat vivant ; signature confirmée ; le signé ne se modifie plus", async ({ page }) => {
  await seConnecter(page, "referent.pole6@cd13.demo");
  const dossier = await dossierSansContrat(page);
  await page.getByRole("link", { name: "Nouveau contrat d'engagement" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nouveau contrat d'engagement" })).toBeVisible();

  // les limites se voient avant de taper
  await expect(page.locator("#objectif-0-libelle-aide")).toHaveText("0 / 300 caractères.");
  // un objectif de 10 000 caractères : le message est à côté du champ, pas seulement « le formulaire contient des erreurs »
  await page.locator("#objectif-0-libelle").fill("x".repeat(10_000));
  await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await expect(page.locator("#objectif-0-libelle-erreur")).toHaveText("L'objectif : 300 caractères au maximum (10\u202f000 saisis).");

  await page.locator("#objectif-0-libelle").fill("Lever le frein de la mobilité");
  await page.locator("#objectif-0-frein").selectOption({ label: "Mobilité" });
  await page.getByLabel("Activité 1").fill("Atelier mobilité");
  await page.locator("#activite-0-0-categorie").selectOption("SOCIALE");
  await page.locator("#activite-0-0-mode").selectOption("COLLECTIVE");
  const action = page.locator("#activite-0-0-action");
  // seules les actions prescriptibles sont proposées : pas celles du plan pauvreté 2019, terminées
  const offertes = await action.locator("option").allInnerTexts();
  expect(offertes.length).toBeGreaterThan(5);
  expect(offertes.filter((o) => /^3-[345]-/.test(o))).toEqual([]);
  const premiereAction = await action.locator("option").nth(1).getAttribute("value");
  const libelleAction = (await action.locator("option").nth(1).innerText()).trim();
  await action.selectOption(premiereAction!);
  await page.locator("#activite-0-0-heures").fill("4");
  await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();

  // erreur des 15 heures : les listes gardent la valeur affichée (elles revenaient aux valeurs par défaut)
  await expect(page.locator("#motifMinoration-erreur")).toHaveText("Le plan prévoit 4\u00a0h par semaine, moins de 15 h : indiquez le motif de la minoration.");
  await expect(page.locator("#objectif-0-frein")).toHaveValue("MOBILITE");
  await expect(page.locator("#activite-0-0-categorie")).toHaveValue("SOCIALE");
  await expect(page.locator("#activite-0-0-mode")).toHaveValue("COLLECTIVE");
  await expect(action).toHaveValue(premiereAction!);
  await expect(page.getByText("Le formulaire contient des erreurs.")).toHaveCount(0);
  await verifierAccessibilite(page);
  await capturer(page, "contrat-editeur-apres-erreur");

  // 13 mois : refusé à côté de la date de fin
  const fin = await page.getByLabel(/^Fin/).inputValue();
  const [a, m, j] = fin.split("-").map(Number);
  await page.getByLabel(/^Fin/).fill(new Date(Date.UTC(a!, m! - 1 + 1, j!)).toISOString().slice(0, 10));
  await page.getByLabel("Motif de minoration (moins de 15 h)").fill("Reprise progressive après une longue maladie");
  await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await expect(page.locator("#dateFin-erreur")).toContainText("Un contrat dure au plus 12 mois");
  await page.getByLabel(/^Fin/).fill(fin);
  // un début avant l'ouverture des droits : refusé à côté du champ, la limite est dite avant de taper
  const debut = await page.getByLabel(/^Début/).inputValue();
  await expect(page.locator("#dateDebut-aide")).toHaveText("Pas avant l'ouverture des droits.");
  await page.getByLabel(/^Début/).fill("2001-01-01");
  await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await expect(page.locator("#dateDebut-erreur")).toContainText("Le contrat ne peut pas commencer avant l'ouverture des droits");
  await page.getByLabel(/^Début/).fill(debut);
  await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Contrat d'engagement" })).toBeVisible();
  await expect(page.getByText("Contrat enregistré.")).toBeVisible();
  const ligne = page.getByRole("row", { name: /Atelier mobilité/ });
  await expect(ligne).toContainText("Sociale");
  await expect(ligne).toContainText("Collective");
  await expect(ligne.getByRole("button", { name: /^Prescrire l'action/ })).toBeVisible();
  const contrat = page.url().split("?")[0]!;

  // « nouveau contrat » par l'adresse (ou le bouton Retour) : on retombe sur le brouillon, pas sur un second contrat
  await page.goto(`${dossier}/contrat`);
  await expect(page).toHaveURL(/\/contrats\/[^/]+\/modifier\?repris=1$/);
  await expect(page.getByText("Un brouillon existe déjà")).toBeVisible();
  await expect(page.locator("#activite-0-0-categorie")).toHaveValue("SOCIALE");

  // quitter l'éditeur avec des changements non enregistrés : avertissement
  await page.getByLabel("Activité 1").fill("Atelier mobilité et code de la route");
  let averti = "";
  page.once("dialog", (d) => {
    averti = d.message();
    void d.dismiss();
  });
  await page.getByRole("link", { name: "Annuler" }).click();
  expect(averti).toContain("ne sont pas enregistrées");
  await expect(page).toHaveURL(/\/modifier/);

  // signature : confirmation explicite, puis message de l'étape
  await page.goto(contrat);
  await page.getByRole("button", { name: "Signer le contrat" }).click();
  await page.getByRole("button", { name: "Confirmer : signer le contrat" }).click();
  await expect(page.getByText("Cochez la case pour confirmer : cette étape ne se défait pas.")).toBeVisible();
  await page.getByLabel("Je confirme : cette étape ne se défait pas").check();
  await page.getByRole("button", { name: "Confirmer : signer le contrat" }).click();
  await expect(page.getByText("Contrat signé.")).toBeVisible();
  await expect(page.getByText(/· Signé ·/)).toBeVisible();

  // prescrire depuis le contrat, en un clic
  await page.getByRole("row", { name: /Atelier mobilité/ }).getByRole("button", { name: /^Prescrire l'action/ }).click();
  await expect(page.getByRole("row", { name: /Atelier mobilité/ })).toContainText("Prescription : proposée");

  // la version imprimable porte l'action du catalogue choisie pour l'activité
  await page.goto(`${contrat}/imprimer`);
  await expect(page.getByRole("row", { name: /Atelier mobilité/ })).toContainText(libelleAction);
  await verifierAccessibilite(page);

  // l'éditeur d'un contrat signé n'est plus une erreur 500 : retour au contrat, avec l'explication
  const reponse = await page.goto(`${contrat}/modifier`);
  expect(reponse?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Contrat d'engagement" })).toBeVisible();
  await expect(page.getByText("Ce contrat ne se modifie plus")).toBeVisible();

  // un second contrat pour la même personne : on est conduit au contrat signé
  await page.goto(`${dossier}/contrat`);
  await expect(page).toHaveURL(/\/contrats\/[^/]+\?dejaVivant=1$/);
  await verifierAccessibilite(page);
});

test("quatre yeux : l'administrateur qui a signé ne valide pas ; rupture confirmée puis annulée par le responsable", async ({ page, browser }) => {
  await seConnecter(page, "admin@cd13.demo");
  // l'administrateur (qui peut rédiger) établit et signe un contrat pour une personne du pôle VI
  const referent = await (await browser.newContext()).newPage();
  await seConnecter(referent, "referent.pole6@cd13.demo");
  const dossier = await dossierSansContrat(referent, 1);
  await page.goto(`${dossier}/contrat`);
  await page.locator("#objectif-0-libelle").fill("Accéder à un emploi");
  await page.getByLabel("Activité 1").fill("Recherche d'emploi accompagnée");
  await page.locator("#activite-0-0-heures").fill("15");
  await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await expect(page.getByText("Contrat enregistré.")).toBeVisible();
  const contrat = page.url().split("?")[0]!;
  await confirmer(page, "Signer le contrat");
  await expect(page.getByText("Contrat signé.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Valider le contrat" })).toHaveCount(0);
  await expect(page.getByText(/principe des quatre yeux/)).toBeVisible();

  // le responsable du pôle valide
  const responsable = await (await browser.newContext()).newPage();
  await seConnecter(responsable, "responsable.pole6@cd13.demo");
  await responsable.goto(contrat);
  await responsable.getByRole("button", { name: "Valider le contrat" }).click();
  await expect(responsable.getByText("Contrat validé.")).toBeVisible();

  // le référent rompt (confirmation + motif), le responsable annule la rupture faite par erreur
  await referent.goto(contrat);
  await confirmer(referent, "Rompre le contrat", "Déménagement annoncé");
  await expect(referent.getByText("Contrat rompu.")).toBeVisible();
  await expect(referent.getByRole("button", { name: "Annuler la rupture" })).toHaveCount(0);
  await responsable.goto(contrat);
  await confirmer(responsable, "Annuler la rupture", "Erreur de personne : le déménagement concerne le conjoint");
  await expect(responsable.getByText("Rupture annulée : le contrat retrouve son état d'avant.")).toBeVisible();
  await expect(responsable.getByText(/· (Validé|En cours) ·/)).toBeVisible();
  await verifierAccessibilite(responsable);
});

test("le dossier se lit à 1366 et à 390 px sans défilement horizontal", async ({ page }) => {
  await seConnecter(page, "referent.pole6@cd13.demo");
  await page.goto("/beneficiaires");
  await page.getByRole("table").locator("tbody").getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Orientation et référent" })).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 900 });
  await capturer(page, "dossier-1366");
  await page.setViewportSize({ width: 390, height: 844 });
  const deborde = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await capturer(page, "dossier-390");
  expect(deborde).toBeLessThanOrEqual(0);
  await verifierAccessibilite(page);
});

test("renouveler part du contrat en cours : le suivant commence le lendemain de sa fin et reprend son plan", async ({ page }) => {
  await seConnecter(page, "referent.pole7@cd13.demo");
  // une personne sous contrat en cours (fin la plus lointaine d'abord)
  await page.goto("/beneficiaires?tri=fin_contrat&ordre=desc");
  const liens = await page.getByRole("table").locator("tbody").getByRole("link").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute("href")!));
  for (const href of liens.slice(0, 15)) {
    await page.goto(href);
    if (await page.getByRole("table", { name: "Contrats d'engagement" }).getByRole("row").filter({ hasText: "En cours" }).count()) break;
  }
  await expect(page.getByRole("heading", { name: "Contrats d'engagement" })).toBeVisible();
  await expect(page.getByText(/^Délai (d'orientation|du premier contrat)$/).first()).toBeVisible();
  // aucun délai négatif dans le dossier
  for (const texte of await page.locator("dd").allInnerTexts()) expect(texte).not.toMatch(/-\s?\d+ jour/);
  const ligne = page.getByRole("table", { name: "Contrats d'engagement" }).getByRole("row").filter({ hasText: "En cours" }).first();
  await ligne.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: "Contrat d'engagement" })).toBeVisible();
  const periode = (await page.getByText(/· En cours · du \d{2}\/\d{2}\/\d{4} au \d{2}\/\d{2}\/\d{4}/).innerText()).match(/au (\d{2})\/(\d{2})\/(\d{4})/)!;
  const lendemain = new Date(Date.UTC(Number(periode[3]), Number(periode[2]) - 1, Number(periode[1]) + 1));
  const attendu = lendemain < new Date(new Date().toISOString().slice(0, 10)) ? new Date().toISOString().slice(0, 10) : lendemain.toISOString().slice(0, 10);
  const objectifs = await page.getByRole("table").evaluateAll((ts) => ts.map((t) => t.querySelector("caption")?.textContent ?? ""));

  await page.getByRole("button", { name: "Préparer le contrat suivant" }).click();
  await expect(page.getByText("Indiquez le bilan du contrat qui s'achève.").or(page.locator("#bilan-erreur"))).toBeVisible();
  await page.getByLabel(/^Bilan du contrat qui s'achève/).fill("Objectifs de mobilité atteints ; poursuivre vers l'emploi.");
  await page.getByRole("button", { name: "Préparer le contrat suivant" }).click();
  await expect(page).toHaveURL(/\/contrats\/[^/]+\/modifier\?renouvellement=1$/);
  await expect(page.getByText("Le plan du contrat précédent a été repris")).toBeVisible();
  await expect(page.getByLabel(/^Début/)).toHaveValue(attendu);
  const premierObjectif = objectifs.find((o) => o.startsWith("Objectif 1 : "));
  const repris = await page.locator("#objectif-0-libelle").inputValue();
  expect(repris).not.toBe("");
  expect(premierObjectif).toContain(repris);
  await verifierAccessibilite(page);
});
