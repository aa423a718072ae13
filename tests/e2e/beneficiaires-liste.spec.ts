import { expect, test } from "@playwright/test";
import { capturer, seConnecter, verifierAccessibilite } from "./outils";

test("le chargé de mission trie, filtre, pagine et exporte la liste des bénéficiaires du département", async ({ page }) => {
  await seConnecter(page, "charge.mission@cd13.demo");
  await page.goto("/beneficiaires");
  await expect(page.getByRole("heading", { level: 1, name: "Bénéficiaires du département" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: /À faire d'abord/ })).toHaveAttribute("aria-sort", "ascending");
  await verifierAccessibilite(page);
  await capturer(page, "beneficiaires-departement-1366");

  // tri par nom, puis page 3 en 50 lignes : les paramètres se conservent
  await page.getByRole("columnheader", { name: /^Nom/ }).getByRole("link").click();
  await expect(page).toHaveURL(/tri=nom/);
  await expect(page.getByRole("columnheader", { name: /^Nom/ })).toHaveAttribute("aria-sort", "ascending");
  await page.getByRole("navigation", { name: "Nombre de lignes par page" }).getByRole("link", { name: /^50/ }).click();
  await expect(page.locator("tbody tr")).toHaveCount(50);
  await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Page 3" }).click();
  await expect(page).toHaveURL(/page=3/);
  await expect(page.getByRole("navigation", { name: "Pagination" }).locator("[aria-current=page]")).toHaveText(/3/);
  const noms = await page.locator("tbody tr td:first-child a").allInnerTexts();
  const normaliser = (s: string) => s.toLowerCase().normalize("NFD").replace(/\p{Diacritic}/gu, "");
  expect(noms.map(normaliser)).toEqual([...noms.map(normaliser)].sort());

  // filtre par orientation et alerte ; le nom mène au dossier
  await page.getByLabel("Orientation").selectOption({ label: "Social" });
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/parcours=SOCIAL/);
  await expect(page.locator("tbody tr td:nth-child(4)").first()).toHaveText("Social");
  await page.getByRole("link", { name: /^Sans contrat en cours/ }).click();
  await expect(page).toHaveURL(/alerte=SANS_CONTRAT/);
  await expect(page.locator("tbody tr").first()).toContainText("Sans contrat en cours");

  const telechargement = page.waitForEvent("download");
  await page.getByRole("link", { name: "Exporter en CSV" }).click();
  const fichier = await telechargement;
  // nom pour un tableur : territoire et année
  expect(fichier.suggestedFilename()).toMatch(/^beneficiaires-departement-\d{4}\.csv$/);

  await page.locator("tbody").getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Orientation et référent" })).toBeVisible();
});

test("sur un téléphone (390 px), la liste du responsable reste lisible et utilisable", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await seConnecter(page, "responsable.pole3@cd13.demo");
  await page.goto("/beneficiaires?alerte=ECHEANCE_PROCHE");
  await expect(page.getByRole("heading", { level: 1, name: "Bénéficiaires du territoire" })).toBeVisible();
  await expect(page.getByLabel("Référent")).toBeVisible();
  await verifierAccessibilite(page);
  await capturer(page, "beneficiaires-territoire-390");
});

test("une page de liste ne précharge pas chacun de ses liens (menu, lignes, pagination), et la navigation reste côté client", async ({ page }) => {
  await seConnecter(page, "charge.mission@cd13.demo");
  const prechargements: string[] = [];
  page.on("request", (r) => {
    if (r.headers()["next-router-prefetch"]) prechargements.push(r.url());
  });
  await page.goto("/beneficiaires");
  await expect(page.locator("tbody tr")).toHaveCount(25);
  // next/link précharge les liens visibles après le chargement (30 à 44 requêtes par page avant) : on laisse le temps
  await page.waitForTimeout(2500);
  await page.locator("tbody tr td:first-child a").first().hover();
  await page.waitForTimeout(500);
  expect(prechargements).toEqual([]);
  // le clic navigue sans recharger le document (navigation côté client conservée)
  await page.evaluate(() => ((window as unknown as { marqueur: number }).marqueur = 42));
  await page.locator("tbody tr td:first-child a").first().click();
  await expect(page).toHaveURL(/\/beneficiaires\/[\w-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { marqueur?: number }).marqueur)).toBe(42);
});
