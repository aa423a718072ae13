import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { texteDuPdf } from "../outils/texte-pdf";
import { capturer, seConnecter, verifierAccessibilite } from "./outils";

/** La personne suivie par le référent du pôle I dont le rendez-vous d'hier attend son résultat (données de démonstration). */
async function personneAvecRendezVousPasse(): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const r = await client.query(
      `SELECT rv.personne_id FROM rendez_vous rv JOIN utilisateur u ON u.id = rv.agent_id
       WHERE u.courriel = 'referent.pole1@cd13.demo' AND rv.resultat = 'PREVU' AND rv.debut < now() ORDER BY rv.personne_id LIMIT 1`,
    );
    return r.rows[0].personne_id as string;
  } finally {
    await client.end();
  }
}

async function aussiEnMobile(page: Page, nom: string) {
  await capturer(page, nom);
  await page.setViewportSize({ width: 390, height: 844 });
  await verifierAccessibilite(page);
  await capturer(page, `${nom}-390`);
  await page.setViewportSize({ width: 1366, height: 900 });
}

test("du rendez-vous manqué à la décision, son courrier PDF et la remobilisation", async ({ browser }) => {
  test.setTimeout(Number(process.env.E2E_DELAI_MS ?? 300_000));
  const personneId = await personneAvecRendezVousPasse();

  // 1. le référent constate l'absence et signale le manquement
  const referent = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  await seConnecter(referent, "referent.pole1@cd13.demo");
  await referent.goto(`/beneficiaires/${personneId}`);
  await referent.getByRole("link", { name: "Rendez-vous, droits et devoirs" }).click();
  const titre = referent.getByRole("heading", { level: 1, name: /^Rendez-vous, droits et devoirs/ });
  await expect(titre).toBeVisible();
  const nom = ((await titre.textContent()) ?? "").replace(/^Rendez-vous, droits et devoirs — /, "").trim();
  await verifierAccessibilite(referent);
  await aussiEnMobile(referent, "dd-dossier");
  const resultat = referent.getByLabel(/^Résultat du rendez-vous du/);
  await resultat.selectOption("NON_HONORE");
  await referent.getByRole("button", { name: "Enregistrer le résultat" }).click();
  await expect(referent.getByRole("link", { name: /^Rappel du .* \(PDF\)$/ })).toBeVisible();
  await expect(referent.getByRole("cell", { name: "Non honoré" }).first()).toBeVisible();

  // un détail vide : message à côté du champ, le motif choisi est conservé
  await referent.getByLabel(/^Motif/).selectOption("NON_RESPECT_ENGAGEMENTS");
  await referent.getByRole("button", { name: "Signaler" }).click();
  await expect(referent.locator("#signalement-detail-erreur")).toContainText("Le détail est obligatoire.");
  await expect(referent.getByLabel(/^Motif/)).toHaveValue("NON_RESPECT_ENGAGEMENTS");
  await referent.getByLabel(/^Détail/).fill("Deux rendez-vous manqués sans excuse et ateliers du contrat non suivis.");
  await referent.getByRole("button", { name: "Signaler" }).click();
  await expect(referent.getByText("Situation signalée")).toBeVisible();

  // 2. le responsable du pôle instruit : session, information, observations, avis, décision
  const responsable = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  await seConnecter(responsable, "responsable.pole1@cd13.demo");
  await responsable.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Commissions" }).click();
  await expect(responsable.getByRole("heading", { level: 1, name: "Droits et devoirs" })).toBeVisible();
  await verifierAccessibilite(responsable);
  await aussiEnMobile(responsable, "dd-commissions");
  await responsable.goto("/commissions?motif=NON_RESPECT_ENGAGEMENTS&statut=A_EXAMINER");
  await responsable.getByRole("table", { name: "Situations à examiner" }).getByRole("link", { name: nom }).click();
  await responsable.waitForURL(/\/commissions\/situations\//);
  const situation = responsable.url();
  await responsable.getByRole("combobox", { name: /^Session/ }).selectOption({ index: 1 });
  await responsable.getByRole("button", { name: "Inscrire" }).click();
  await responsable.getByRole("button", { name: /^Informer la personne/ }).click();
  await expect(responsable.getByText("Délai d'observations en cours")).toBeVisible();
  await expect(responsable.getByRole("button", { name: "Enregistrer l'avis" })).toHaveCount(0);
  await expect(responsable.getByRole("link", { name: /^Information avant examen du .* \(PDF\)$/ })).toBeVisible();
  await verifierAccessibilite(responsable);
  await capturer(responsable, "dd-situation-delai");

  await responsable.getByLabel(/^Observations \(écrites/).fill("La personne explique un problème de garde d'enfant et s'engage à reprendre ses ateliers.");
  await responsable.getByRole("button", { name: "Enregistrer les observations" }).click();
  await responsable.getByLabel(/^Avis/).selectOption("SUSPENSION_REMOBILISATION");
  await responsable.getByLabel(/^Motifs de l'avis/).fill("Manquements répétés sans motif légitime.");
  await responsable.getByRole("button", { name: "Enregistrer l'avis" }).click();

  // hors barème : erreurs à côté des champs, saisie conservée
  await responsable.getByLabel(/^Part de l'allocation/).fill("120");
  await responsable.getByLabel(/^Durée \(mois\)/).fill("3");
  await responsable.getByLabel(/^Motifs de la décision/).fill("Manquements répétés sans motif légitime ; observations entendues.");
  await responsable.getByRole("button", { name: "Prendre la décision" }).click();
  await expect(responsable.locator("#decision-duree-erreur")).toContainText("Pour un premier manquement, la suspension dure de 1 à 2 mois (saisi : 3).");
  await expect(responsable.locator("#decision-pourcentage-erreur")).toBeVisible();
  await expect(responsable.getByLabel(/^Motifs de la décision/)).toHaveValue("Manquements répétés sans motif légitime ; observations entendues.");
  await verifierAccessibilite(responsable);
  await capturer(responsable, "dd-decision-erreur");
  await responsable.getByLabel(/^Part de l'allocation/).fill("50");
  await responsable.getByLabel(/^Durée \(mois\)/).fill("2");
  await responsable.getByRole("button", { name: "Prendre la décision" }).click();
  await expect(responsable.getByRole("heading", { name: "Décision", exact: true })).toBeVisible();

  // 3. le courrier de décision en PDF : son texte
  const lien = responsable.getByRole("link", { name: /^Notification de décision du .* \(PDF\)$/ });
  const reponse = await responsable.request.get((await lien.getAttribute("href"))!);
  expect(reponse.headers()["content-type"]).toBe("application/pdf");
  const texte = texteDuPdf(Buffer.from(await reponse.body()));
  expect(texte).toContain("Objet : Décision : Suspension-remobilisation");
  expect(texte).toContain("suspendu à hauteur de 50 % pendant 2 mois");
  expect(texte).toContain("dans la limite de trois mois de RSA");
  expect(texte).toContain("Manquements répétés sans motif légitime ; observations entendues.");
  await aussiEnMobile(responsable, "dd-situation-decidee");

  // 4. le référent enregistre la remobilisation : la suspension prend fin, les sommes retenues sont restituées
  await referent.goto(situation);
  await referent.getByLabel(/^La personne a repris ses engagements/).selectOption("CONTRAT_SIGNE");
  await referent.getByRole("button", { name: "Enregistrer la remobilisation" }).click();
  await expect(referent.getByText(/restitués$/)).toBeVisible();
  await verifierAccessibilite(referent);
  await capturer(referent, "dd-remobilisation");

  // un autre pôle ne voit pas la situation (404)
  const autre = await (await browser.newContext()).newPage();
  await seConnecter(autre, "responsable.pole2@cd13.demo");
  const r404 = await autre.goto(situation);
  expect(r404?.status()).toBe(404);
});

test("le lecteur ne voit que le tableau de bord des instances, avec son tableau et ses exports", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await seConnecter(page, "lecteur@cd13.demo");
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Commissions" }).click();
  await expect(page).toHaveURL(/\/commissions\/tableau-de-bord/);
  await expect(page.getByRole("table", { name: "Situations examinées et décisions par instance" })).toBeVisible();
  await expect(page.getByRole("row", { name: /^Département/ })).toBeVisible();
  await verifierAccessibilite(page);
  await aussiEnMobile(page, "dd-tableau-de-bord");
  const csv = await page.request.get("/commissions/tableau-de-bord/export?format=csv&mois=12");
  expect(csv.status()).toBe(200);
  const texte = await csv.text();
  expect(texte).toContain("Situations examinées");
  // pour un tableur français : pas de point décimal, nom avec la période, le territoire et l'année
  expect(texte).not.toMatch(/;\d+\.\d+(;|\r)/);
  expect(csv.headers()["content-disposition"]).toMatch(/filename="droits-et-devoirs-12-mois-departement-\d{4}\.csv"/);
  const situation = await page.goto("/commissions/situations/inexistante");
  expect(situation?.status()).toBe(404);
});
