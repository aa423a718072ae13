import { expect, test } from "@playwright/test";
import fs from "node:fs";
import { capturer, seConnecter, verifierAccessibilite } from "./outils";

test("le référent cherche, filtre, ouvre une action et exporte la liste", async ({ page }) => {
  await seConnecter(page, "referent.pole6@cd13.demo");
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Catalogue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Catalogue de l'offre d'insertion" })).toBeVisible();
  await verifierAccessibilite(page);

  // le référent cherche dans l'offre de son territoire : « Tous » (tout le département) ne lui est pas proposé
  const territoire = page.getByLabel("Territoire");
  await expect(territoire.locator("option:checked")).toHaveText("Pôle d'insertion VI Aix-Gardanne");
  expect(await territoire.locator("option").allInnerTexts()).not.toContain("Tous");
  expect((await territoire.locator("option").allInnerTexts()).some((o) => o.includes("Istres"))).toBe(false);

  // recherche sans accent : l'action santé du pôle VI, pas celle des pôles de Marseille
  await page.getByLabel("Rechercher une action").fill("sante");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page.getByRole("link", { name: /2\.2\.1 Diagnostic et accompagnement à l'emploi des BRSA ayant des problèmes de santé/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /2\.2\.2 Accès aux soins santé mentale/ })).toHaveCount(0);

  // un territoire hors de son périmètre, demandé par l'adresse : la page le dit, l'offre du pôle VI reste
  const autrePole = await (async () => {
    const admin = await (await page.context().browser()!.newContext()).newPage();
    await seConnecter(admin, "charge.mission@cd13.demo");
    await admin.goto("/catalogue");
    const valeur = await admin.getByLabel("Territoire").locator("option", { hasText: /^Pôle d'insertion IX/ }).getAttribute("value");
    await admin.context().close();
    return valeur!;
  })();
  await page.goto(`/catalogue?territoire=${autrePole}`);
  await expect(page.getByRole("status").filter({ hasText: "n'est pas dans votre périmètre" })).toHaveText("Le territoire demandé n'est pas dans votre périmètre : affichage de l'offre de Pôle d'insertion VI Aix-Gardanne.");
  await expect(page.getByRole("link", { name: /3\.1\.4 Mobile Idées/ })).toHaveCount(0);

  // filtre territorial : une commune du pôle VI voit l'action du pôle, pas celle d'Istres
  await page.goto("/catalogue");
  await page.getByLabel("Territoire").selectOption({ label: "\u00a0\u00a0Aix-en-Provence (commune)" });
  await page.getByLabel("Frein levé").selectOption({ label: "Santé" });
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/territoire=.+&frein=SANTE/);
  await expect(page.getByRole("link", { name: /2\.2\.5 Espace d'accompagnement – ARES/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /3\.1\.4 Mobile Idées/ })).toHaveCount(0);
  await capturer(page, "catalogue-filtre");
  await verifierAccessibilite(page);

  // export CSV du résultat filtré
  const telechargement = page.waitForEvent("download");
  await page.getByRole("link", { name: "Exporter en CSV" }).click();
  const fichier = await telechargement;
  // pour un tableur français : nom avec le territoire filtré et l'année, virgule décimale, taux en %
  expect(fichier.suggestedFilename()).toMatch(/^catalogue-offre-insertion-aix-en-provence-\d{4}\.csv$/);
  const csv = fs.readFileSync((await fichier.path())!, "utf8");
  expect(csv).toContain("Espace d'accompagnement – ARES");
  expect(csv).not.toContain("Mobile Idées");
  expect(csv.split("\r\n")[0]).toContain(";Taux d'occupation;");
  expect(csv).not.toMatch(/;\d+\.\d+;/);

  // ouvrir l'action : occupation et fiche imprimable
  await page.getByRole("link", { name: /2\.2\.5 Espace d'accompagnement – ARES/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("2.2.5 — Espace d'accompagnement – ARES");
  await expect(page.getByText("40\u00a0parcours conventionnés")).toBeVisible();
  await expect(page.getByRole("link", { name: "Modifier" })).toHaveCount(0); // le référent lit seulement
  await verifierAccessibilite(page);
  await capturer(page, "catalogue-action");
  await page.getByRole("link", { name: "Fiche imprimable" }).click();
  await expect(page.getByRole("button", { name: "Imprimer la fiche" })).toBeVisible();
  await verifierAccessibilite(page);
});

test("l'opérateur corrige sa fiche : une capacité invalide est signalée, rien n'est perdu, puis c'est enregistré", async ({ page }) => {
  await seConnecter(page, "operateur.ares@cd13.demo");
  await page.goto("/catalogue?q=ARES");
  await page.getByRole("link", { name: /2\.2\.5 Espace d'accompagnement/ }).click();
  await page.getByRole("link", { name: "Modifier" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Modifier");

  await page.getByLabel("Participants en cours").fill("38");
  await page.getByLabel("Liste d'attente").fill("5");
  await page.getByLabel("Capacité").fill("quarante");
  await page.getByLabel("Modalités de prescription").fill("Fiche de liaison envoyée par le référent à l'ARES.");
  await page.getByRole("button", { name: "Enregistrer" }).click();

  await expect(page.getByText("La capacité doit être un nombre positif (ex. 12 ou 8,5).")).toBeVisible();
  await expect(page.getByLabel("Capacité")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Participants en cours")).toHaveValue("38");
  await expect(page.getByLabel("Modalités de prescription")).toHaveValue("Fiche de liaison envoyée par le référent à l'ARES.");
  await verifierAccessibilite(page);
  await capturer(page, "catalogue-erreur");

  // quitter la fiche avec des modifications non enregistrées avertit (et on reste)
  let averti = "";
  page.once("dialog", (d) => {
    averti = d.message();
    void d.dismiss();
  });
  await page.getByRole("link", { name: "Annuler" }).click();
  expect(averti).toContain("ne sont pas enregistrées");
  await expect(page).toHaveURL(/\/modifier/);

  await page.getByLabel("Capacité").fill("40");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Action enregistrée." })).toBeVisible();
  await expect(page.getByText("38\u00a0participants en cours · 5 en attente")).toBeVisible();
  await expect(page.getByText("2\u00a0disponibles")).toBeVisible();
  await expect(page.getByText("Fiche de liaison envoyée par le référent à l'ARES.")).toBeVisible();
});

test("le chargé de mission suspend une action : elle sort des résultats et le motif s'affiche", async ({ page }) => {
  await seConnecter(page, "charge.mission@orne.demo");
  await page.goto("/catalogue?q=permis");
  await page.getByRole("link", { name: /Accompagnement au permis B/ }).click();
  await page.getByRole("button", { name: "Suspendre" }).click();
  await expect(page.getByText("Le motif de suspension est obligatoire.")).toBeVisible();
  await page.getByLabel("Motif de la suspension").fill("Véhicule école indisponible");
  await page.getByRole("button", { name: "Suspendre" }).click();
  await expect(page.getByText("Motif : Véhicule école indisponible")).toBeVisible();
  await page.goto("/catalogue?q=permis");
  await expect(page.getByRole("status").filter({ hasText: "trouvée" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Accompagnement au permis B/ })).toHaveCount(0);
  await page.goto("/catalogue?q=permis&suspendues=1");
  const carte = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: /Accompagnement au permis B/ }) });
  await expect(carte.getByText("Suspendue", { exact: true })).toBeVisible();
});

test("la fiche d'un chantier d'insertion du plan pauvreté montre les résultats et objectifs publiés de sa fiche (D1)", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await seConnecter(page, "charge.mission@cd13.demo");
  await page.goto("/catalogue?q=Légumerie");
  await page.getByRole("link", { name: /3-4-AMELI/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Résultats et objectifs publiés" })).toBeVisible();
  const fiche = page.getByRole("table", { name: /^Fiche 3-4 .* : résultats et objectifs publiés/ });
  // 8 chantiers et 44 postes publiés (D1 L977-978), les mêmes comptés dans le catalogue
  await expect(fiche.getByRole("row", { name: /^2019 Chantiers d'insertion financés/ })).toContainText("D1, l. 977");
  await expect(fiche.getByRole("row", { name: /^2019 Postes financés en sus/ }).getByRole("cell").nth(4)).toHaveText("44");
  await verifierAccessibilite(page);
  await capturer(page, "catalogue-fiche-resultats-publies");

  await page.goto("/programmes");
  await page.getByRole("link", { name: /plan pauvreté/ }).click();
  const trajectoire = page.getByRole("table", { name: /^Fiche 2-1 .* : résultats et objectifs publiés/ });
  await expect(trajectoire.getByRole("row", { name: /^2021 Déploiement/ })).toContainText("100\u00a0%");
  await verifierAccessibilite(page);
});
