import { expect, test } from "@playwright/test";
import { capturer, seConnecter } from "./outils";

// Droit d'accès (RGPD) depuis le dossier : liens visibles, PDF et JSON servis, 404 hors périmètre.
test("l'administrateur télécharge le droit d'accès d'une personne en JSON et en PDF ; hors périmètre : 404", async ({ page }) => {
  await seConnecter(page, "admin@cd13.demo");
  await page.goto("/beneficiaires");
  // premier dossier de la liste (pas un lien d'export ni de tri)
  const href = await page.getByRole("table").locator("tbody").getByRole("link").first().getAttribute("href");
  await page.goto(href!);
  await expect(page.getByText("Droit d'accès de la personne")).toBeVisible();
  await capturer(page, "dossier-droit-acces-1366");
  const id = href!.split("/")[2];
  const json = await page.request.get(`/beneficiaires/${id}/droit-acces?format=json`);
  expect(json.status()).toBe(200);
  const d = await json.json();
  expect(d.personne.identifiant).toBe(id);
  const pdf = await page.request.get(`/beneficiaires/${id}/droit-acces?format=pdf`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  const hors = await page.request.get(`/beneficiaires/inexistant/droit-acces?format=json`);
  expect(hors.status()).toBe(404);
});
