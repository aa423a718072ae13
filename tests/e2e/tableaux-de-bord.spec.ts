import { expect, test } from "@playwright/test";
import { capturer, seConnecter, verifierAccessibilite } from "./outils";

for (const [courriel, titre] of [
  ["lecteur@cd13.demo", "Département des Bouches-du-Rhône"],
  ["charge.mission@cd13.demo", "Département des Bouches-du-Rhône"],
  ["responsable.pole9@cd13.demo", "Pôle d'insertion IX"],
] as const) {
  test(`${courriel} ouvre son tableau de bord`, async ({ page }) => {
    await seConnecter(page, courriel);
    await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Tableaux de bord" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(titre);
    await expect(page.getByRole("table", { name: "Répartition par tranche d'âge et sexe" })).toBeVisible();
    await verifierAccessibilite(page);
    await capturer(page, `tableau-de-bord-${courriel.split("@")[0]}`);
  });
}

test("la page du pôle IX reprend sa fiche et s'exporte ; le lecteur n'y voit aucune personne", async ({ page }) => {
  await seConnecter(page, "lecteur@cd13.demo");
  await page.goto("/tableaux-de-bord");
  await page.getByLabel("Territoire", { exact: true }).selectOption({ label: "Pôle d'insertion IX Istres-Martigues-Marignane-Vitrolles" });
  await page.getByRole("button", { name: "Afficher" }).click();
  const pyramide = page.getByRole("table", { name: "Répartition par tranche d'âge et sexe" });
  await expect(pyramide.getByRole("row", { name: /^0-24 ans/ })).toContainText("53");
  await expect(pyramide.getByRole("row", { name: /^Total/ })).toContainText("9\u00a0604");
  await expect(page.getByRole("row", { name: /Allocataires \(ARSA, déc\. 2023\)/ })).toContainText("8\u00a0311");
  await expect(page.getByRole("link", { name: "Bénéficiaires" })).toHaveCount(0);
  const telechargement = page.waitForEvent("download");
  await page.getByRole("link", { name: "Exporter en Excel" }).click();
  expect((await telechargement).suggestedFilename()).toMatch(/^tableau-de-bord-.+-\d{4}\.xlsx$/); // territoire et année dans le nom
});

test("le chargé de mission compare l'année avec la précédente, lit les résultats des conventions, puis imprime sans la navigation", async ({ page }) => {
  const annee = new Date().getFullYear();
  await seConnecter(page, "charge.mission@cd13.demo");
  await page.goto("/tableaux-de-bord");
  await expect(page.getByRole("table", { name: /Flux de l'année/ })).toHaveCount(0);
  await page.getByRole("link", { name: "Comparer avec l'année précédente" }).click();
  await expect(page).toHaveURL(/comparer=1/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`${annee} comparé à ${annee - 1}`);
  const flux = page.getByRole("table", { name: `Flux de l'année : ${annee} comparé à ${annee - 1}` });
  await expect(flux.getByRole("columnheader", { name: String(annee - 1), exact: true })).toBeVisible();
  await expect(flux.getByRole("columnheader", { name: "Évolution" })).toBeVisible();
  // sorties d'actions : l'année précédente a ses valeurs (données synthétiques des deux années)
  const sorties = page.getByRole("table", { name: `Sorties d'actions en ${annee} et ${annee - 1} par type` });
  const durable = sorties.getByRole("row", { name: /^Emploi durable/ });
  await expect(durable.getByRole("cell").nth(2)).toHaveText(/^\d[\d\u00a0]*$/);
  await expect(durable.getByRole("cell").nth(3)).toHaveText(/[+−]?\d/);
  const entrees = page.getByRole("table", { name: "Ouvertures de droits par mois" });
  await expect(entrees.getByRole("columnheader", { name: String(annee - 1), exact: true })).toBeVisible();
  // résultats des conventions : ARES 2018-2019, 67 550 € pour 40 parcours et 20 sorties dynamiques
  const resultats = page.getByRole("table", { name: "Résultats et coûts des conventions" });
  await expect(resultats.getByRole("row", { name: /convention liant le Département et l'association ARES/ })).toContainText(/1\u00a0688,75\u00a0€[\s\S]*3\u00a0377,50\u00a0€/);
  await verifierAccessibilite(page);
  await capturer(page, "tableau-de-bord-comparaison");
  await page.setViewportSize({ width: 390, height: 844 });
  await capturer(page, "tableau-de-bord-comparaison-390");
  await page.setViewportSize({ width: 1366, height: 900 });

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Navigation principale" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Imprimer" })).toBeHidden();
  await expect(page.getByRole("form", { name: "Choisir le territoire et la période" })).toBeHidden();
  await expect(resultats).toBeVisible();
  await capturer(page, "tableau-de-bord-impression");
});

test("le tableau de bord du département ne garde que les chiffres publiés qui se comparent ; leur page les montre tous", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await seConnecter(page, "charge.mission@cd13.demo");
  await page.goto("/tableaux-de-bord");
  const carte = page.getByRole("region", { name: /^Chiffres publiés \(\d{4}\)/ });
  await expect(carte.getByRole("table", { name: /Accueil, orientation et contractualisation : publié et calculé/ })).toBeVisible();
  // la photographie du territoire (chiffres de contexte, sans calcul en regard) n'est plus sur le tableau de bord
  await expect(page.getByRole("table", { name: /^Photographie du territoire/ })).toHaveCount(0);
  await carte.getByRole("link", { name: /^Voir les \d+ chiffres publiés$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Chiffres publiés · Département des Bouches-du-Rhône" })).toBeVisible();
  await expect(page.getByRole("table", { name: /^Photographie du territoire/ })).toBeVisible();
  await expect(page.getByRole("table", { name: /^Baromètre social 2023/ })).toBeVisible();
  await expect(page.getByRole("table", { name: /Accompagnements : publié et calculé/ })).toBeVisible();
  await verifierAccessibilite(page);
  await capturer(page, "chiffres-publies-departement-1366");
  // un territoire inconnu ou hors périmètre : 404
  const reponse = await page.goto("/tableaux-de-bord/chiffres-publies?territoire=cmzzzzzzzzzzzzzzzzzzzzzzz");
  expect(reponse?.status()).toBe(404);
});
