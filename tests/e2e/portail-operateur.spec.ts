import { expect, test } from "@playwright/test";
import { capturer, seConnecter, verifierAccessibilite } from "./outils";

test("la structure saisit son bilan en brouillon, le soumet ; le chargé de mission le renvoie puis le valide", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await seConnecter(page, "operateur.ares@cd13.demo");
  await page.goto("/conventions");
  await page.getByRole("table").locator("tbody").getByRole("link").first().click();
  await page.waitForURL(/\/conventions\/[^/?]+$/);
  const convention = page.url();
  await page.getByRole("link", { name: "Saisir un bilan" }).click();
  await page.getByLabel(/^Type de bilan \*/).selectOption({ label: "Bilan intermédiaire" });
  await page.getByLabel(/^Du \*/).fill("2026-07-01");
  await page.getByLabel(/^Au \*/).fill("2026-09-30");
  await page.getByLabel(/^Participants \*/).fill("41");
  await page.getByLabel("Emploi durable", { exact: true }).fill("3");
  await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await expect(page.getByRole("heading", { name: /Bilan intermédiaire du 01\/07\/2026 au 30\/09\/2026/ })).toBeVisible();
  await expect(page.getByText("Brouillon", { exact: true })).toBeVisible();
  await verifierAccessibilite(page);
  await page.getByRole("button", { name: "Soumettre le bilan" }).click();
  await expect(page.getByText("Soumis, à valider", { exact: true })).toBeVisible();
  await capturer(page, "bilan-soumis-structure");

  const charge = await (await browser.newContext()).newPage();
  await seConnecter(charge, "charge.mission@cd13.demo");
  await charge.goto(convention);
  await charge.getByRole("button", { name: "Renvoyer à la structure" }).click();
  await expect(charge.getByText("Indiquez ce que la structure doit corriger.").first()).toBeVisible();
  await charge.getByLabel(/^Motif du renvoi/).fill("Précisez les contrats des 3 sorties en emploi durable.");
  await charge.getByRole("button", { name: "Renvoyer à la structure" }).click();
  await expect(charge.getByText(/Renvoyé à la structure/)).toBeVisible();

  await page.reload();
  await expect(page.getByText("Précisez les contrats des 3 sorties en emploi durable.", { exact: false })).toBeVisible();
  await page.getByRole("button", { name: "Soumettre le bilan" }).click();
  await expect(page.getByText("Soumis, à valider", { exact: true })).toBeVisible();

  await charge.reload();
  await charge.getByRole("button", { name: "Valider le bilan" }).click();
  await expect(charge.getByRole("button", { name: "Valider le bilan" })).toHaveCount(0);
  await expect(charge.getByText("Soumis, à valider", { exact: true })).toHaveCount(0);
  await verifierAccessibilite(charge);
  await capturer(charge, "bilan-valide");
});

test("une entrée enregistrée sur une prescription change la version de l'action : une fiche ouverte avant ne réécrit pas l'effectif", async ({ page, browser }) => {
  test.setTimeout(120_000);
  // la fiche de l'action ARES ouverte dans un onglet (version lue à l'ouverture)
  await seConnecter(page, "operateur.ares@cd13.demo");
  await page.goto("/catalogue?q=ARES");
  await page.getByRole("link", { name: /2\.2\.5 Espace d'accompagnement/ }).click();
  await page.waitForURL(/\/catalogue\/[^/?]+$/);
  const fiche = page.url();
  await page.getByRole("link", { name: "Modifier" }).click();
  const effectif = Number(await page.getByLabel("Participants en cours").inputValue());

  // un référent du pôle VI positionne une personne sur l'action ARES
  const referent = await (await browser.newContext()).newPage();
  await seConnecter(referent, "referent.pole6@cd13.demo");
  await referent.goto("/beneficiaires?tri=nom");
  const dossiers = await referent.getByRole("table").locator("tbody").getByRole("link").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute("href")!));
  let personne = "";
  for (const href of dossiers) {
    await referent.goto(href);
    const choix = referent.getByLabel(/^Action du catalogue \*/);
    if (!(await choix.count()) || !(await choix.locator("option", { hasText: "2.2.5 Espace d'accompagnement – ARES" }).count())) continue;
    await choix.selectOption({ label: "2.2.5 Espace d'accompagnement – ARES" });
    await referent.getByRole("button", { name: "Prescrire" }).click();
    const envoyee = await referent.getByText("Prescription envoyée au porteur de l'action.").waitFor({ timeout: 5_000 }).then(() => true, () => false);
    if (envoyee) {
      personne = (await referent.getByRole("heading", { level: 1 }).innerText()).split(" ")[0]!;
      break;
    }
  }
  expect(personne).not.toBe("");

  // dans un autre onglet, l'opérateur accepte la prescription puis enregistre l'entrée : un message par étape
  const autre = await (await browser.newContext()).newPage();
  await seConnecter(autre, "operateur.ares@cd13.demo");
  await autre.goto(`/prescriptions?statut=PROPOSEE&q=${encodeURIComponent(personne)}`);
  await autre.locator("tbody").getByRole("row").first().getByRole("button", { name: "Enregistrer" }).click();
  await expect(autre.getByText("Prescription acceptée.")).toBeVisible();
  await autre.goto(`/prescriptions?statut=ACCEPTEE&q=${encodeURIComponent(personne)}`);
  const ligne = autre.locator("tbody").getByRole("row").first();
  await expect(ligne.getByRole("combobox", { name: /^Décision pour/ })).toHaveValue("entrer");
  await ligne.getByRole("button", { name: "Enregistrer" }).click();
  await expect(autre.getByText("Entrée enregistrée.")).toBeVisible();

  // le premier onglet enregistre sa fiche périmée : conflit clair, l'effectif n'est pas réécrit
  await page.getByLabel("Liste d'attente").fill("4");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText(/Cette action a été modifiée par quelqu'un d'autre pendant votre saisie/)).toBeVisible();
  await page.goto(fiche);
  await expect(page.getByText(new RegExp(`\\b${effectif + 1}\\sparticipants en cours`))).toBeVisible();
  await verifierAccessibilite(page);
});

test("la structure HEDA enregistre une entrée, émarge, enregistre la sortie, puis soumet son bilan ; le chargé de mission le valide et voit les bilans en retard", async ({ page, browser }) => {
  test.setTimeout(150_000);
  await seConnecter(page, "operateur.heda@cd13.demo");
  // entrée d'une personne acceptée sur une action de la structure
  await page.goto("/prescriptions?statut=ACCEPTEE");
  const ligne = page.locator("tbody").getByRole("row").first();
  const [personne, naissance] = (await ligne.getByRole("cell").first().innerText()).split("\n") as [string, string];
  const nom = personne.split(" ").pop()!;
  // homonymes possibles : la personne est reconnue à son nom et à sa date de naissance
  const memePersonne = (r: import("@playwright/test").Locator) => r.filter({ hasText: personne }).filter({ hasText: naissance });
  const avant = await memePersonne(page.locator("tbody").getByRole("row")).count();
  await ligne.getByLabel(/^Décision pour/).selectOption("entrer");
  await ligne.getByRole("button", { name: "Enregistrer" }).click();
  await expect(memePersonne(page.locator("tbody").getByRole("row"))).toHaveCount(avant - 1);
  await page.goto(`/prescriptions?statut=ENTREE&q=${encodeURIComponent(nom)}`);
  await memePersonne(page.locator("tbody").getByRole("row")).first().getByRole("link", { name: `Émargement de ${personne}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Émargement · ${personne}`);
  const aujourdhui = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris" }).format(new Date());
  await expect(page.getByText(`depuis le ${aujourdhui}`, { exact: false })).toBeVisible(); // l'entrée qui vient d'être enregistrée
  // une semaine avant l'entrée est refusée, à côté du champ ; la semaine en cours est enregistrée
  const lundi = new Date();
  lundi.setDate(lundi.getDate() - 14);
  await page.getByLabel(/^Semaine du/).fill(lundi.toISOString().slice(0, 10));
  await page.getByLabel(/^Heures réalisées/).fill("20");
  await page.getByRole("button", { name: "Enregistrer la présence" }).click();
  await expect(page.getByText("La personne n'était pas sur l'action cette semaine-là", { exact: false })).toBeVisible();
  await expect(page.getByLabel(/^Heures réalisées/)).toHaveValue("20"); // rien de perdu
  await page.getByLabel(/^Semaine du/).fill(new Date().toISOString().slice(0, 10));
  await page.getByRole("button", { name: "Enregistrer la présence" }).click();
  await expect(page.getByRole("table", { name: "Présences par semaine" }).getByRole("row", { name: /Présent/ })).toContainText("20");
  await expect(page.getByText(/Taux d'assiduité : 100\s%/)).toBeVisible();
  await verifierAccessibilite(page);
  await capturer(page, "emargement");
  await page.setViewportSize({ width: 390, height: 844 });
  await capturer(page, "emargement-390");
  await page.setViewportSize({ width: 1366, height: 900 });
  // sortie en emploi durable
  await page.goto(`/prescriptions?statut=ENTREE&q=${encodeURIComponent(nom)}`);
  const entrees = await memePersonne(page.locator("tbody").getByRole("row")).count();
  const entree = memePersonne(page.locator("tbody").getByRole("row")).first();
  await entree.getByLabel(/^Décision pour/).selectOption("sortir");
  await entree.getByLabel("Type de sortie").selectOption({ index: 1 });
  await entree.getByRole("button", { name: "Enregistrer" }).click();
  await expect(memePersonne(page.locator("tbody").getByRole("row"))).toHaveCount(entrees - 1);
  await page.goto(`/prescriptions?statut=SORTIE&q=${encodeURIComponent(nom)}`);
  await expect(memePersonne(page.locator("tbody").getByRole("row")).first()).toContainText("Sortie");

  // bilan : brouillon puis soumission
  await page.goto("/conventions");
  await page.getByRole("table").locator("tbody").getByRole("link").first().click();
  await page.waitForURL(/\/conventions\/[^/?]+$/);
  const convention = page.url();
  await page.getByRole("link", { name: "Saisir un bilan" }).click();
  await page.getByLabel(/^Type de bilan \*/).selectOption({ label: "Bilan annuel" });
  await page.getByLabel(/^Du \*/).fill("2026-01-01");
  await page.getByLabel(/^Au \*/).fill("2026-11-30");
  await page.getByLabel(/^Participants \*/).fill("24");
  await page.getByLabel("Emploi durable", { exact: true }).fill("2");
  await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await expect(page.getByText("Brouillon", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Soumettre le bilan" }).click();
  await expect(page.getByText("Soumis, à valider", { exact: true })).toBeVisible();

  const charge = await (await browser.newContext()).newPage();
  await seConnecter(charge, "charge.mission@cd13.demo");
  await charge.goto("/conventions?retard=1");
  await expect(charge.getByRole("row", { name: /maraudes mixtes/ })).toContainText("Bilan final en retard");
  await verifierAccessibilite(charge);
  await capturer(charge, "conventions-bilans-en-retard");
  await charge.goto(convention);
  await charge.getByRole("button", { name: "Valider le bilan" }).click();
  await expect(charge.getByRole("button", { name: "Valider le bilan" })).toHaveCount(0);
  await expect(charge.getByText("Soumis, à valider", { exact: true })).toHaveCount(0);
});
