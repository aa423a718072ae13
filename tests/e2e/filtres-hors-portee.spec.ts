import { expect, test, type Browser } from "@playwright/test";
import { capturer, seConnecter, verifierAccessibilite } from "./outils";

// Un filtre d'année ou de territoire hors de portée le dit au lieu de montrer autre chose en silence ;
// les rôles de territoire ne se voient jamais proposer « Tout le département ».

const annee = new Date().getFullYear();

/** Identifiant d'un territoire, lu par le chargé de mission dans la liste du tableau de bord. */
async function idTerritoire(browser: Browser, libelle: RegExp): Promise<string> {
  const contexte = await browser.newContext();
  const page = await contexte.newPage();
  await seConnecter(page, "charge.mission@cd13.demo");
  await page.goto("/tableaux-de-bord");
  const valeur = await page.getByLabel("Territoire", { exact: true }).locator("option", { hasText: libelle }).first().getAttribute("value");
  await contexte.close();
  return valeur!;
}

test("le responsable de territoire : ni « Tout le département », ni un autre pôle (404), et une année indisponible est signalée", async ({ page, browser }) => {
  const pole4 = await idTerritoire(browser, /^Pôle d'insertion Marseille IV/);
  await seConnecter(page, "responsable.pole3@cd13.demo");
  await expect(page.getByText("Tout le département")).toHaveCount(0); // accueil
  await page.goto("/tableaux-de-bord?annee=2031");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Marseille III");
  await expect(page.getByRole("status").filter({ hasText: "n'est pas disponible" })).toHaveText(`L'année 2031 n'est pas disponible (disponibles : de 2015 à ${annee}) : affichage de ${annee}.`);
  await expect(page.getByLabel("Année des flux")).toHaveValue(String(annee));
  const territoires = await page.getByLabel("Territoire", { exact: true }).locator("option").allInnerTexts();
  expect(territoires).not.toContain("Tout le département");
  expect(territoires.some((t) => t.includes("Marseille IV"))).toBe(false);
  await verifierAccessibilite(page);
  await capturer(page, "tableau-de-bord-annee-indisponible");

  for (const adresse of [`/tableaux-de-bord?territoire=${pole4}`, "/tableaux-de-bord?territoire=pas-un-identifiant%21"]) {
    const reponse = await page.goto(adresse);
    expect(reponse?.status(), adresse).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
  }

  // file active : une commune d'un autre pôle n'est pas appliquée en silence
  const commune = await (async () => {
    const contexte = await browser.newContext();
    const charge = await contexte.newPage();
    await seConnecter(charge, "charge.mission@cd13.demo");
    await charge.goto("/beneficiaires");
    const v = await charge.getByLabel("Commune").locator("option", { hasText: "Marseille 13e arrondissement" }).getAttribute("value");
    await contexte.close();
    return v!;
  })();
  await page.goto(`/beneficiaires?commune=${commune}`);
  await expect(page.getByRole("status").filter({ hasText: "commune" })).toHaveText("La commune demandée n'est pas dans votre périmètre : la liste n'est pas filtrée par commune.");
  await expect(page.locator("tbody tr").first()).toBeVisible();
});

test("le chargé de mission : année et exercice indisponibles signalés (tableau de bord, territoires comparés, aides, tableau financier)", async ({ page }) => {
  await seConnecter(page, "charge.mission@cd13.demo");
  await page.goto("/tableaux-de-bord?annee=2010");
  await expect(page.getByRole("status").filter({ hasText: "n'est pas disponible" })).toHaveText(`L'année 2010 n'est pas disponible (disponibles : de 2015 à ${annee}) : affichage de 2015.`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Bouches-du-Rhône");
  // « Tout le département » reste offert à qui y a accès
  expect(await page.getByLabel("Territoire", { exact: true }).locator("option").allInnerTexts()).toContain("Tout le département");

  await page.goto("/tableaux-de-bord/territoires?annee=deux-mille");
  await expect(page.getByRole("status").filter({ hasText: "n'est pas une année" })).toHaveText(`« deux-mille » n'est pas une année : affichage de ${annee}.`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Territoires comparés · ${annee}`);

  await page.goto("/aides/statistiques?annee=2099");
  await expect(page.getByRole("status").filter({ hasText: "n'est pas disponible" })).toContainText(`affichage de ${annee}.`);

  await page.goto("/budgets?exercice=2031");
  await expect(page.getByRole("status").filter({ hasText: "n'est pas disponible" })).toContainText("Le tableau demandé (exercice 2031) n'est pas disponible : affichage de");
  await verifierAccessibilite(page);
});
