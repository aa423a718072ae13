import { expect, test, type Page } from "@playwright/test";
import { capturer, seConnecter, verifierAccessibilite } from "./outils";

/** Capture à 1366 px puis à 390 px (mobile), et revient à la largeur de bureau. */
async function capturerDeuxLargeurs(page: Page, nom: string) {
  await capturer(page, `${nom}-1366`);
  await page.setViewportSize({ width: 390, height: 844 });
  await verifierAccessibilite(page);
  await capturer(page, `${nom}-390`);
  await page.setViewportSize({ width: 1366, height: 900 });
}

test("une aide financière de la demande au versement : le référent demande, le chargé de mission instruit, accorde et verse", async ({ page, browser }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await seConnecter(page, "referent.argentan@orne.demo");
  await page.goto("/beneficiaires");
  await page.getByRole("table").locator("tbody").getByRole("link").first().click();
  await page.getByRole("main").getByRole("link", { name: "Aides financières" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Aides financières — / })).toBeVisible();
  const pageAides = page.url();

  // montant oublié : message à côté du champ, l'objet saisi est conservé
  await page.getByLabel(/^Fonds/).selectOption({ label: "Fonds social d'insertion (FSI)" });
  await page.getByLabel(/^Objet de la demande/).fill("Frais d'inscription à la formation CACES");
  await page.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(page.locator("#montant-erreur")).toHaveText("Le montant demandé est obligatoire.");
  await expect(page.getByLabel(/^Objet de la demande/)).toHaveValue("Frais d'inscription à la formation CACES");
  await verifierAccessibilite(page);

  await page.getByLabel(/^Montant demandé/).fill("250,00");
  await page.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(page.getByText("Demande d'aide enregistrée : elle est transmise au chargé de mission.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Frais d'inscription à la formation CACES/ })).toContainText("Demandée");
  await capturerDeuxLargeurs(page, "aide-demande");

  // le chargé de mission instruit, tente d'accorder plus que demandé, accorde puis verse
  const charge = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  await seConnecter(charge, "charge.mission@orne.demo");
  await charge.goto("/aides?statut=DEMANDEE");
  await verifierAccessibilite(charge);
  await charge.getByRole("table").locator("tbody").getByRole("link").first().click();
  await expect(charge.getByText("État : Demandée")).toBeVisible();
  await charge.getByRole("button", { name: "Enregistrer" }).click();
  await expect(charge.getByText("État : En instruction")).toBeVisible();

  await charge.getByLabel(/^Décision/).selectOption({ label: "Accorder" });
  await charge.getByLabel(/^Montant \(€\)/).fill("300,00");
  await charge.getByRole("button", { name: "Enregistrer" }).click();
  await expect(charge.locator("#montant-erreur")).toHaveText("Le montant accordé ne peut pas dépasser le montant demandé (250,00\u00a0€).");
  await expect(charge.getByLabel(/^Montant \(€\)/)).toHaveValue("300,00");
  await verifierAccessibilite(charge);
  await charge.getByLabel(/^Montant \(€\)/).fill("200,00");
  await charge.getByRole("button", { name: "Enregistrer" }).click();
  await expect(charge.getByText("État : Accordée")).toBeVisible();
  await expect(charge.getByText(/200,00\u00a0€ accordés/)).toBeVisible();

  await charge.getByRole("button", { name: "Enregistrer" }).click();
  await expect(charge.getByText("État : Versée")).toBeVisible();
  await verifierAccessibilite(charge);
  await capturerDeuxLargeurs(charge, "aide-versee");

  // le référent voit l'aide versée dans le dossier
  await page.goto(pageAides);
  await expect(page.getByRole("row", { name: /Frais d'inscription à la formation CACES/ })).toContainText("Versée");

  // statistiques 2019 de l'Orne : calculées et publiées côte à côte
  await charge.goto("/aides/statistiques?annee=2019");
  const fsi = charge.getByRole("table", { name: /Fonds social d'insertion \(FSI\) : aides accordées en 2019/ });
  await expect(fsi.getByRole("row", { name: /Tout le département/ })).toContainText("337");
  await expect(fsi.getByRole("row", { name: /Tout le département/ })).toContainText("83\u00a0952,00\u00a0€");
  await expect(fsi.getByRole("row", { name: /Commission RSA d'Argentan/ })).toContainText("29\u00a0453,00\u00a0€");
  await verifierAccessibilite(charge);
  await capturerDeuxLargeurs(charge, "aides-statistiques-orne-2019");
});

test("les pages des commissions RSA de l'Orne montrent les chiffres publiés à côté des calculs", async ({ page }) => {
  test.setTimeout(240_000); // quatre pages longues, chacune contrôlée (axe) et capturée
  await page.setViewportSize({ width: 1366, height: 900 });
  await seConnecter(page, "charge.mission@orne.demo");
  await page.goto("/tableaux-de-bord");
  await expect(page.getByRole("table", { name: /Allocataires 2019 : publié et calculé/ }).getByRole("row", { name: /Ménages allocataires/ })).toContainText("6\u00a0592");
  await capturerDeuxLargeurs(page, "orne-departement");
  const commissions: [string, string][] = [["Commission RSA d'Alençon", "alencon"], ["Commission RSA d'Argentan", "argentan"], ["Commission RSA de Flers", "flers"], ["Commission RSA de Mortagne-au-Perche", "mortagne"]];
  for (const [nom, fichier] of commissions) {
    await page.getByLabel("Territoire", { exact: true }).selectOption({ label: nom });
    await page.getByRole("button", { name: "Afficher" }).click();
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(nom) })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Chiffres publiés (2019) et calculs de l'application" })).toBeVisible();
    await verifierAccessibilite(page);
    if (fichier === "argentan") {
      const aci = page.getByRole("table", { name: /PLICS-A2 .* : évaluation 2019/ });
      await expect(aci.getByRole("row", { name: /^Taux de sorties dynamiques/ })).toContainText("54\u00a0%");
      await expect(aci.getByRole("row", { name: /^Personnes entrées/ })).toContainText("99");
      // sorties 2019 par type en face de l'objectif IAE 2020 (D4 L669) ; conventions et bilans de l'action
      await expect(aci.getByRole("row", { name: /^Objectif 2020 : sorties en emploi durable/ })).toContainText("21,2\u00a0%");
      await expect(page.getByRole("table", { name: "Conventions des actions évaluées : montants et bilans" }).getByRole("row", { name: /^2019/ })).toContainText("14");
      await expect(page.getByRole("link", { name: /ACI Développement .* – 2019/ })).toBeVisible();
    }
    if (fichier === "argentan") await capturerDeuxLargeurs(page, `orne-commission-${fichier}`);
    else await capturer(page, `orne-commission-${fichier}-1366`);
  }
});

test("le département compare ses pôles côte à côte, trie, repère le plus haut et le plus bas, et s'imprime", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await seConnecter(page, "charge.mission@cd13.demo");
  await page.goto("/tableaux-de-bord");
  await page.getByRole("link", { name: "Comparer les territoires" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Territoires comparés/ })).toBeVisible();
  const tableau = page.getByRole("table", { name: /Territoires comparés/ });
  await expect(tableau.getByRole("row")).toHaveCount(11);
  await tableau.getByRole("link", { name: /^ARSA publié/ }).click();
  await expect(page).toHaveURL(/tri=arsaPublie&ordre=asc/);
  await tableau.getByRole("link", { name: /^ARSA publié/ }).click();
  await expect(page).toHaveURL(/tri=arsaPublie&ordre=desc/);
  const premiere = tableau.getByRole("row").nth(1);
  await expect(premiere).toContainText("10\u00a0856");
  await expect(premiere).toContainText("▲ plus haut");
  await expect(tableau.getByRole("row").last()).toContainText("▼ plus bas");
  await verifierAccessibilite(page);
  await capturerDeuxLargeurs(page, "territoires-compares");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Imprimer" })).toBeHidden();
  await capturer(page, "territoires-compares-impression");
});
