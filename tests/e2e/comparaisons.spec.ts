// Comparaisons avec la période précédente (issue 10) : tableau de bord (budget, flux CAF, conventions),
// commissions (période précédente, impression, période hors de portée dite), budgets, coûts des territoires.
import { expect, test, type Page } from "@playwright/test";
import fs from "node:fs";
import { seConnecter, verifierAccessibilite } from "./outils";

const euros = (texte: string) => new RegExp(`^${texte.replace(/\+/g, "\\+").replace(/ €/, "€").replace(/ /g, "\\s").replace(/€/, "\\s?€")}$`);

/** Captures à 1366 et 390 px (non versionnées), pour relecture. */
async function capturer(page: Page, nom: string) {
  const dossier = process.env.CAPTURES_COMPARAISONS ?? "test-results/comparaisons";
  fs.mkdirSync(dossier, { recursive: true });
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: `${dossier}/${nom}-1366.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${dossier}/${nom}-390.png`, fullPage: true });
  // à 390 px, la page ne défile pas en largeur (les tableaux défilent dans leur cadre)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(392);
  await page.setViewportSize({ width: 1366, height: 900 });
}

test("tableau de bord 2020 comparé à 2019 : budget, flux CAF et conventions ont leur colonne N-1 et leur évolution", async ({ page }) => {
  await seConnecter(page, "charge.mission@cd13.demo");
  await page.goto("/tableaux-de-bord?annee=2020");
  await expect(page.getByRole("table", { name: /Crédits par axe/ })).toHaveCount(0);
  await page.getByRole("link", { name: "Comparer avec l'année précédente" }).click();
  await expect(page).toHaveURL(/comparer=1/);
  const budget = page.getByRole("table", { name: "Crédits par axe : exercice 2020 comparé à 2019" });
  await expect(budget.getByRole("columnheader", { name: "2019", exact: true })).toBeVisible();
  await expect(budget.getByRole("columnheader", { name: "Évolution" })).toBeVisible();
  // plan pauvreté 2019 : 5 218 310 € prévus (D1)
  await expect(budget.getByRole("row", { name: /^Total Prévu \(voté\)/ }).getByRole("cell").nth(2)).toHaveText(euros("5 218 310,00 €"));
  await expect(budget.getByRole("row", { name: /^Total Prévu \(voté\)/ }).getByRole("cell").nth(3)).toHaveText(/^−.+\(−74,2\s?%\)$/);
  // FSE+ : rien en 2019, une évolution en euros sans pourcentage
  const fse = page.getByRole("table", { name: "Crédits prévus par financeur : exercice 2020 comparé à 2019" }).getByRole("row", { name: /^FSE/ });
  await expect(fse.getByRole("cell").nth(2)).toHaveText(euros("0,00 €"));
  await expect(fse.getByRole("cell").nth(3)).toHaveText(euros("+671 923,00 €"));
  const flux = page.getByRole("table", { name: "Flux CAF / MSA : 2020 comparé à 2019" });
  await expect(flux.getByRole("columnheader", { name: "2019", exact: true })).toBeVisible();
  await expect(flux.getByRole("row", { name: /^Entrées dans le RSA/ }).getByRole("cell").nth(2)).toHaveText(/^\d/);
  const conventions = page.getByRole("table", { name: "Conventions commencées en 2020 comparées à 2019" });
  await expect(conventions.getByRole("columnheader", { name: "Évolution" })).toBeVisible();
  await expect(conventions.getByRole("row", { name: /^Conventions/ }).getByRole("cell").nth(2)).toHaveText("4");
  await expect(conventions.getByRole("row", { name: /^Coût par parcours/ }).getByRole("cell").nth(2)).toHaveText(/€/);
  await verifierAccessibilite(page);
  await capturer(page, "tableau-de-bord-2020-compare");
});

test("commissions : la période précédente de même durée à côté, l'impression sans le filtre, une période hors de portée dite", async ({ page }) => {
  await seConnecter(page, "charge.mission@cd13.demo");
  await page.goto("/commissions/tableau-de-bord");
  await page.getByLabel("Période", { exact: true }).selectOption("6");
  await page.getByLabel("Comparer avec la période précédente").check();
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page).toHaveURL(/mois=6&comparer=1/);
  const activite = page.getByRole("table", { name: "Activité des 6 derniers mois comparée aux 6 mois précédents" });
  await expect(activite.getByRole("columnheader", { name: "6 mois précédents" })).toBeVisible();
  await expect(activite.getByRole("columnheader", { name: "Évolution" })).toBeVisible();
  await expect(activite.getByRole("row", { name: /^Situations examinées/ }).getByRole("cell").nth(2)).toHaveText(/^[1-9]/);
  await expect(page.getByRole("table", { name: /Situations examinées par instance/ }).getByRole("columnheader", { name: "6 mois précédents" })).toBeVisible();
  await verifierAccessibilite(page);
  await capturer(page, "commissions-compare");
  await page.getByRole("link", { name: "Ne plus comparer" }).click();
  await expect(activite).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Imprimer" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Imprimer" })).toBeHidden();
  await expect(page.getByRole("form", { name: "Choisir la période" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });

  // autrefois : 48 ou « abc » montraient 12 mois sans rien dire
  await page.goto("/commissions/tableau-de-bord?mois=48");
  await expect(page.getByRole("status").filter({ hasText: "Une période de 48 mois n'est pas disponible (de 1 à 36 mois) : affichage des 12 derniers mois." })).toBeVisible();
  await expect(page.getByLabel("Période", { exact: true })).toHaveValue("12");
  await page.goto("/commissions/tableau-de-bord?mois=abc");
  await expect(page.getByText("« abc » n'est pas un nombre de mois : affichage des 12 derniers mois.")).toBeVisible();
  await verifierAccessibilite(page);
  await capturer(page, "commissions-periode-hors-portee");
  await page.goto("/commissions/tableau-de-bord?mois=6");
  await expect(page.getByRole("status")).toHaveCount(0);
});

test("budgets : l'exercice 2020 comparé à 2019 par axe, ligne et financeur, puis imprimé", async ({ page }) => {
  await seConnecter(page, "charge.mission@cd13.demo");
  await page.goto("/budgets");
  const choix = page.getByLabel("Programme et exercice");
  await choix.selectOption((await choix.locator("option", { hasText: /plan pauvreté.* – 2020$/ }).getAttribute("value"))!);
  await page.getByLabel("Comparer avec l'année précédente").check();
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page).toHaveURL(/exercice=2020.*comparer=1/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("2020 comparé à 2019");
  const axes = page.getByRole("table", { name: "Crédits par axe : exercice 2020 comparé à 2019" });
  await expect(axes.getByRole("columnheader", { name: "2019", exact: true })).toBeVisible();
  await expect(axes.getByRole("row", { name: /^Total Prévu \(voté\)/ }).getByRole("cell").nth(2)).toHaveText(euros("5 218 310,00 €"));
  const lignes = page.getByRole("table", { name: /Crédits prévus par ligne/ });
  await expect(lignes.getByRole("columnheader", { name: "Évolution" })).toBeVisible();
  await expect(lignes.getByRole("row", { name: /Accompagnement global spécialisé/ }).getByRole("cell").nth(2)).toHaveText(/€/);
  await expect(page.getByRole("table", { name: /Crédits prévus par financeur/ })).toBeVisible();
  await verifierAccessibilite(page);
  await capturer(page, "budgets-compare");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Imprimer" })).toBeHidden();
  await expect(axes).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await page.getByRole("link", { name: "Ne plus comparer" }).click();
  await expect(axes).toHaveCount(0);
});

test("territoires : coût par parcours et par sortie positive, triables, plus haut et plus bas marqués", async ({ page }) => {
  await seConnecter(page, "charge.mission@cd13.demo");
  await page.goto("/tableaux-de-bord/territoires?annee=2020");
  const tableau = page.getByRole("table", { name: /Territoires comparés/ });
  await expect(tableau.getByRole("columnheader", { name: /Coût par sortie positive/ })).toBeVisible();
  await tableau.getByRole("columnheader", { name: /Coût par parcours/ }).getByRole("link").click();
  await expect(page).toHaveURL(/tri=coutParParcours/);
  const colonne = await tableau.getByRole("columnheader").allInnerTexts();
  const indice = colonne.findIndex((t) => t.startsWith("Coût par parcours"));
  const premiere = tableau.locator("tbody tr").first().locator("th, td").nth(indice);
  await expect(premiere).toContainText(/€/);
  await expect(tableau.getByText("▲ plus haut").first()).toBeVisible();
  await verifierAccessibilite(page);
  await capturer(page, "territoires-couts");
});
