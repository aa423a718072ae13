import { expect, test, type Page } from "@playwright/test";
import { capturer, seConnecter, verifierAccessibilite } from "./outils";

// Téléphone (390 px) et écran de bureau (1366 px) : aucune page ne défile de côté ; la navigation se
// replie derrière « Menu » sur téléphone. Les tableaux larges défilent dans leur cadre, pas la page.

async function debordement(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function sansDefilementLateral(page: Page, nom: string) {
  await page.setViewportSize({ width: 1366, height: 900 });
  await capturer(page, `${nom}-1366`);
  expect(await debordement(page), `${nom} à 1366 px`).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 390, height: 844 });
  await capturer(page, `${nom}-390`);
  expect(await debordement(page), `${nom} à 390 px`).toBeLessThanOrEqual(0);
  await verifierAccessibilite(page);
  await page.setViewportSize({ width: 1366, height: 900 });
}

test("la file active du référent, à 1366 et à 390 px : pas de défilement latéral, menu replié sur téléphone", async ({ page }) => {
  await seConnecter(page, "referent.pole6@cd13.demo");
  await page.goto("/beneficiaires");
  await expect(page.getByRole("heading", { level: 1, name: "Ma file active" })).toBeVisible();
  await sansDefilementLateral(page, "file-active");
  // sur téléphone, le menu est replié derrière un bouton
  await page.setViewportSize({ width: 390, height: 844 });
  const menu = page.getByRole("navigation", { name: "Navigation principale" });
  await expect(menu.getByRole("link", { name: "Catalogue" })).toBeHidden();
  await menu.getByRole("button", { name: "Menu" }).click();
  await expect(menu.getByRole("link", { name: "Catalogue" })).toBeVisible();
  await menu.getByRole("link", { name: "Catalogue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Catalogue de l'offre d'insertion" })).toBeVisible();
  await expect(menu.getByRole("link", { name: "Catalogue" })).toBeHidden(); // la navigation referme le menu
});

test("le tableau financier et les tableaux de bord, à 1366 et à 390 px : la colonne « Observations » se lit en entier", async ({ page }) => {
  await seConnecter(page, "charge.mission@cd13.demo");
  await page.goto("/budgets");
  await expect(page.getByRole("heading", { level: 1, name: "Tableau financier" })).toBeVisible();
  await sansDefilementLateral(page, "tableau-financier");
  // à 1366 px, la colonne « Observations » n'est pas coupée : son bord droit reste dans le cadre du tableau
  const entete = page.getByRole("columnheader", { name: "Observations" });
  await expect(entete).toBeVisible();
  const cadre = await page.locator("table").filter({ has: entete }).evaluate((t) => {
    const parent = t.parentElement!.getBoundingClientRect();
    const th = [...t.querySelectorAll("th")].find((x) => x.textContent?.trim() === "Observations")!.getBoundingClientRect();
    return { finColonne: th.right, finCadre: parent.right };
  });
  expect(cadre.finColonne).toBeLessThanOrEqual(cadre.finCadre + 1);

  await page.goto("/tableaux-de-bord");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tableau de bord");
  await sansDefilementLateral(page, "tableau-de-bord");
  await page.goto("/conventions");
  await sansDefilementLateral(page, "conventions");
  await page.goto("/prescriptions");
  await sansDefilementLateral(page, "prescriptions");
});
