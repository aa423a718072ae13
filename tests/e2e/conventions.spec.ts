import { expect, test } from "@playwright/test";
import fs from "node:fs";
import { capturer, seConnecter, verifierAccessibilite } from "./outils";

test("le tableau financier reproduit le document et s'exporte", async ({ page }) => {
  await seConnecter(page, "lecteur@cd13.demo");
  await page.goto("/budgets");
  const total = page.getByRole("row", { name: /^Total/ });
  await expect(total).toContainText("5\u00a0218\u00a0310,00\u00a0€");
  await expect(total).toContainText("3\u00a0790\u00a0164,00\u00a0€");
  await expect(total).toContainText("1\u00a0428\u00a0146,00\u00a0€");
  await expect(page.getByRole("row", { name: /Sous-total Axe 3/ })).toContainText("3\u00a0500\u00a0000,00\u00a0€");
  await verifierAccessibilite(page);
  const telechargement = page.waitForEvent("download");
  await page.getByRole("link", { name: "Exporter en CSV" }).click();
  const fichier = await telechargement;
  const csv = fs.readFileSync((await fichier.path())!, "utf8");
  expect(csv).toContain("TOTAL");
  expect(csv).toContain("5218310");
  // pour un tableur français : virgule décimale, « % », nom de fichier avec le programme et l'exercice
  expect(csv).toMatch(/;\d+(,\d)? %;/);
  expect(csv).not.toMatch(/;\d+\.\d+;/);
  expect(fichier.suggestedFilename()).toMatch(/^tableau-financier-.+-2019\.csv$/);
});

test("le chargé de mission crée une convention, ajoute un avenant, programme un paiement et saisit un bilan", async ({ page }) => {
  const formulaire = (titre: string) => page.locator("form", { has: page.getByRole("heading", { name: titre }) });
  await seConnecter(page, "charge.mission@orne.demo");
  await page.goto("/conventions/nouvelle");
  await page.getByLabel(/^Type \*/).selectOption({ label: "Convention de subvention" });
  await page.getByLabel(/^Titulaire \(ou mandataire\) \*/).selectOption({ label: "La Maison des mots" });
  await page.getByLabel(/^Objet \*/).fill("Parcours socle de compétences 2026");
  await page.getByLabel(/^Début \*/).fill("2026-01-01");
  await page.getByLabel(/^Fin \*/).fill("2026-12-31");
  await page.getByLabel(/^Montant \(€\) \*/).fill("42 000,999");
  await page.getByLabel("Indicateur 1").fill("Participants");
  await page.getByLabel("Unité", { exact: true }).first().fill("personnes");
  await page.getByLabel("Cible").first().fill("40");
  await page.getByRole("button", { name: "Créer la convention" }).click();

  await expect(page.getByText("Le montant doit être un montant en euros, par exemple 67 550,00.")).toBeVisible();
  await expect(page.getByLabel(/^Objet \*/)).toHaveValue("Parcours socle de compétences 2026");
  await expect(page.getByLabel("Indicateur 1")).toHaveValue("Participants");
  await verifierAccessibilite(page);
  await capturer(page, "convention-erreur");

  await page.getByLabel(/^Montant \(€\) \*/).fill("42 000");
  await page.getByRole("button", { name: "Créer la convention" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Parcours socle de compétences 2026" })).toBeVisible();
  await expect(page.getByText("En instruction · 42\u00a0000,00\u00a0€")).toBeVisible();
  // en instruction, le formulaire de paiement n'est même pas proposé
  await expect(formulaire("Programmer un paiement")).toHaveCount(0);
  await expect(page.getByText("Les paiements se programment une fois la convention votée, et se mandatent une fois signée.")).toBeVisible();

  // vote en Commission permanente
  await page.getByLabel("Nouvel état").selectOption({ label: "Votée en Commission permanente" });
  await page.getByRole("button", { name: "Valider" }).click();
  await expect(page.getByText(/Renseignez la date et le numéro du rapport/)).toBeVisible();
  await page.getByLabel("Date de la Commission permanente").fill("2026-02-10");
  await page.getByLabel("N° du rapport").fill("12");
  await page.getByRole("button", { name: "Valider" }).click();
  await expect(page.getByText("État de la convention mis à jour.")).toBeVisible();
  await expect(page.getByText("Votée en Commission permanente · 42\u00a0000,00\u00a0€")).toBeVisible();

  // avenant
  const avenant = formulaire("Ajouter un avenant");
  await avenant.getByLabel("Objet de l'avenant").fill("Extension à 45 parcours");
  await avenant.getByLabel("Date de signature").fill("2026-06-01");
  await avenant.getByLabel("Variation de montant (€)").fill("3 000");
  await avenant.getByLabel("Variation de volume").fill("5");
  await avenant.getByRole("button", { name: "Enregistrer l'avenant" }).click();
  await expect(page.getByText("Avenant enregistré.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Extension à 45 parcours/ })).toContainText("+ 3\u00a0000,00\u00a0€");

  // paiement trop élevé puis acompte correct
  const paiement = formulaire("Programmer un paiement");
  await paiement.getByLabel(/^Libellé \*/).fill("Acompte à la signature");
  await paiement.getByLabel(/^Montant \(€\) \*/).fill("46 000");
  await paiement.getByRole("button", { name: "Enregistrer le paiement" }).click();
  // le message figure en tête du formulaire et à côté du champ
  await expect(paiement.locator("#paiement-montant-erreur")).toHaveText("Ce paiement dépasserait le montant de la convention : il reste 45\u00a0000,00\u00a0€ à programmer.");
  await expect(paiement.getByLabel(/^Montant \(€\) \*/)).toHaveAttribute("aria-invalid", "true");
  await expect(paiement.getByLabel(/^Libellé \*/)).toHaveValue("Acompte à la signature");
  await paiement.getByLabel(/^Montant \(€\) \*/).fill("22 500");
  await paiement.getByRole("button", { name: "Enregistrer le paiement" }).click();
  await expect(page.getByText("Paiement enregistré.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Acompte à la signature/ })).toContainText("22\u00a0500,00\u00a0€");
  // votée mais pas encore signée : le paiement est prévu, il ne se mandate pas encore
  await expect(page.getByRole("row", { name: /Acompte à la signature/ })).toContainText("Prévu");
  await expect(page.getByLabel(/^Date de mandatement/)).toHaveCount(0);
  await verifierAccessibilite(page);
  await capturer(page, "convention-detail");

  // bilan : valeur sous la cible sans justification, puis justifiée
  await page.getByRole("link", { name: "Saisir un bilan" }).click();
  await page.getByLabel(/^Type de bilan \*/).selectOption({ label: "Bilan intermédiaire" });
  await page.getByLabel(/^Du \*/).fill("2026-01-01");
  await page.getByLabel(/^Au \*/).fill("2026-06-30");
  await page.getByLabel(/^Participants \*/).fill("38");
  await page.getByLabel("Femmes (%)").fill("50");
  await page.getByLabel("Emploi durable", { exact: true }).fill("2");
  await page.getByLabel("Participants (cible : 40 personnes)").fill("38");
  await page.getByRole("button", { name: "Enregistrer le bilan" }).click();
  await expect(page.getByText("Sous la cible (40 personnes) : expliquez l'écart.")).toBeVisible();
  await expect(page.getByLabel("Femmes (%)")).toHaveValue("50");
  await verifierAccessibilite(page);
  await page.getByLabel("Justification des écarts").fill("Deux entrées reportées en septembre");
  await page.getByRole("button", { name: "Enregistrer le bilan" }).click();
  await expect(page.getByText("Bilan enregistré.")).toBeVisible();
  await expect(page.getByRole("heading", { name: /Bilan intermédiaire du 01\/01\/2026 au 30\/06\/2026/ })).toBeVisible();
  await expect(page.getByText("Deux entrées reportées en septembre")).toBeVisible();

  // signée : le paiement prévu se mandate maintenant
  await page.goto(page.url().split("?")[0]!);
  await page.getByLabel("Nouvel état").selectOption({ label: "Signée" });
  await page.locator("#statut-dateSignature").fill("2026-03-01");
  await page.getByRole("button", { name: "Valider", exact: true }).click();
  await expect(page.getByText("Signée · 45\u00a0000,00\u00a0€")).toBeVisible();
  await expect(page.getByLabel("Date de mandatement (Acompte à la signature)")).toBeVisible();

  // résilier ne se défait pas : confirmation et motif exigés, chacun à côté de son champ
  await page.getByLabel("Nouvel état").selectOption({ label: "Résiliée" });
  await page.getByRole("button", { name: "Valider", exact: true }).click();
  await expect(page.locator("#statut-motif-erreur")).toHaveText("Indiquez le motif de la résiliation.");
  await expect(page.locator("#statut-confirmation-erreur")).toHaveText("Cochez la case pour confirmer : cette étape ne se défait pas.");
  await page.getByLabel("Motif (pour solder ou résilier)").fill("Structure en liquidation judiciaire");
  await page.getByLabel("Je confirme : solder ou résilier la convention ne se défait pas").check();
  await page.getByRole("button", { name: "Valider", exact: true }).click();
  await expect(page.getByText(/^Résiliée · /)).toBeVisible();
  await expect(page.getByLabel("Nouvel état")).toHaveCount(0);
  await verifierAccessibilite(page);
});
