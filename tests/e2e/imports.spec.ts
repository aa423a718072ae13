import { cheminGenerateurFlux } from "../setup/generateur-flux";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { capturer, seConnecter, verifierAccessibilite } from "./outils";

const GENERATEUR = cheminGenerateurFlux();

test("l'administrateur importe un flux CAF : barre de progression, résumé, rejets téléchargeables", async ({ page }) => {
  test.setTimeout(180_000);
  const dossier = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-imports-"));
  const fichier = path.join(dossier, "flux-cd13.xml");
  // assez gros pour voir l'avancement, avec 12 foyers en erreur
  execFileSync("node", [GENERATEUR, "--departement", "13", "--foyers", "15000", "--erreurs", "12", "--graine", "11", "--sortie", fichier], { stdio: "ignore" });
  const attendu = JSON.parse(fs.readFileSync(`${fichier}.attendu.json`, "utf8"));

  await seConnecter(page, "admin@cd13.demo");
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Imports" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Imports des allocataires");
  await verifierAccessibilite(page);
  await capturer(page, "imports-liste-1366");

  // sans fichier : message à côté du champ (validation du navigateur contournée)
  await page.locator("form[aria-label='Déposer un fichier']").evaluate((f: HTMLFormElement) => (f.noValidate = true));
  await page.getByRole("button", { name: "Importer", exact: true }).click();
  await expect(page.locator("#fichier-erreur")).toContainText("Choisissez un fichier");

  await page.getByLabel("Fichier à importer").setInputFiles(fichier);
  await page.getByRole("button", { name: "Importer", exact: true }).click();
  await page.waitForURL(/\/imports\/[^/]+$/);
  const barre = page.getByRole("progressbar", { name: "Avancement de l'import" });
  await expect(barre).toBeVisible();
  await verifierAccessibilite(page);
  await capturer(page, "imports-avancement-1366");

  // la page se recharge seule quand l'import est fini : résumé et rejets apparaissent
  const resume = page.getByRole("table", { name: "Résumé de l'import" });
  await expect(resume).toBeVisible({ timeout: 150_000 });
  await expect(page.getByRole("status").filter({ hasText: "Import terminé" })).toBeVisible();
  await expect(resume.getByRole("row", { name: /^Foyers dans le fichier/ })).toContainText("15\u00a0000");
  await expect(resume.getByRole("row", { name: /^Foyers rejetés/ })).toContainText(String(attendu.foyersRejetes));
  await expect(resume.getByRole("row", { name: /^Foyers appliqués/ })).toContainText(attendu.foyersAppliques.toLocaleString("fr-FR"));
  await expect(page.getByRole("table", { name: /Foyers rejetés/ }).getByRole("row")).toHaveCount(13);
  await verifierAccessibilite(page);
  await capturer(page, "imports-resultat-1366");

  const telechargement = page.waitForEvent("download");
  await page.getByRole("link", { name: "Télécharger les rejets (CSV)" }).click();
  const csv = fs.readFileSync((await (await telechargement).path())!, "utf8");
  expect(csv.startsWith("\uFEFFPosition dans le fichier;Identifiant;Champ;Code;Motif")).toBe(true);
  expect(csv.trim().split(/\r\n/)).toHaveLength(13);
  expect(csv).toContain("NIR_INVALIDE");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await verifierAccessibilite(page);
  await capturer(page, "imports-resultat-390");
  await page.goto("/imports");
  await expect(page.getByRole("link", { name: "flux-cd13.xml" }).first()).toBeVisible();
  await capturer(page, "imports-liste-390");
  fs.rmSync(dossier, { recursive: true, force: true });
});

test("le référent et le lecteur n'ont pas accès aux imports", async ({ page }) => {
  for (const courriel of ["referent.pole1@cd13.demo", "lecteur@cd13.demo"]) {
    await page.context().clearCookies();
    await seConnecter(page, courriel);
    await expect(page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Imports" })).toHaveCount(0);
    const reponse = await page.goto("/imports");
    expect(reponse?.status()).toBe(404);
  }
});
