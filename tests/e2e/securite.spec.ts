import { expect, test } from "@playwright/test";
import { capturer, MOT_DE_PASSE, seConnecter, verifierAccessibilite } from "./outils";

test("chaque page porte une CSP à nonce, HSTS et Permissions-Policy, et reste utilisable (scripts autorisés)", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const reponse = await page.goto("/connexion");
  const entetes = reponse!.headers();
  const csp = entetes["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("form-action 'self'");
  expect(Number(/max-age=(\d+)/.exec(entetes["strict-transport-security"] ?? "")?.[1])).toBeGreaterThanOrEqual(31_536_000);
  expect(entetes["permissions-policy"]).toContain("camera=()");
  // un nonce neuf à chaque requête
  const autre = (await page.request.get("/connexion")).headers()["content-security-policy"];
  expect(autre).not.toBe(csp);
  // la connexion (formulaire hydraté par React) fonctionne sous cette politique
  await seConnecter(page, "charge.mission@cd13.demo");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});

for (const retour of ["/\\evil.example/x", "/%09/evil.example", "/\\/evil.example"]) {
  test(`après connexion, « retour=${retour} » reste sur l'application`, async ({ page }) => {
    await page.goto(`/connexion?retour=${encodeURIComponent(retour).replace(/%2F/g, "/")}`);
    await page.getByLabel("Adresse électronique").fill("charge.mission@cd13.demo");
    await page.getByLabel("Mot de passe").fill(MOT_DE_PASSE);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/connexion"));
    expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
  });
}

test("un X-Forwarded-For forgé n'est ni compté ni journalisé comme adresse du client", async ({ browser }) => {
  const contexte = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "6.6.6.6" } });
  const page = await contexte.newPage();
  await page.goto("/connexion");
  await page.getByLabel("Adresse électronique").fill("admin@cd13.demo");
  await page.getByLabel("Mot de passe").fill("mauvais-mot-de-passe");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByText("Adresse électronique ou mot de passe incorrect.")).toBeVisible();
  await contexte.close();

  const admin = await browser.newPage();
  await seConnecter(admin, "admin@cd13.demo");
  await admin.goto("/administration/journal?operation=ECHEC_CONNEXION");
  const ligne = admin.getByRole("row").filter({ hasText: "Échec de connexion" }).first();
  await expect(ligne).toBeVisible();
  await expect(ligne).not.toContainText("6.6.6.6");
  await expect(ligne).toContainText(/127\.0\.0\.1|::1/);
});

test("adresses et saisies hostiles : jamais d'erreur 500", async ({ page }) => {
  await seConnecter(page, "admin@cd13.demo");
  for (const chemin of ["/structures/%E0%A4%A", "/structures/abc%00def", "/catalogue?q=a%00b", "/conventions?page=99999999999999", "/beneficiaires?q=%00", "/tableaux-de-bord?annee=99999999999&territoire=%00"]) {
    const r = await page.request.get(chemin);
    expect(r.status(), chemin).toBeLessThan(500);
  }
  // corps d'action serveur de plus d'1 Mo : refusé sans erreur 500
  const r = await page.request.post("/structures/nouvelle", { headers: { "Next-Action": "0".repeat(42), "Content-Type": "text/plain;charset=UTF-8" }, data: "x".repeat(1_100_000) });
  expect(r.status()).toBe(413);
});

test("le lecteur de l'Orne voit la commune de Trun sous secret statistique", async ({ page }) => {
  await seConnecter(page, "lecteur@orne.demo");
  await page.goto("/tableaux-de-bord");
  await page.getByLabel("Territoire", { exact: true }).selectOption({ label: "\u00a0\u00a0Trun (commune)" });
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Trun");
  const pyramide = page.getByRole("table", { name: "Répartition par tranche d'âge et sexe" });
  await expect(pyramide).toBeVisible();
  for (const cellule of await pyramide.getByRole("cell").allInnerTexts()) expect(cellule.trim()).not.toMatch(/^([1-9]|10)$/);
  await expect(pyramide).toContainText("< 11");
  await verifierAccessibilite(page);
  await capturer(page, "securite-lecteur-trun-1366");
  await page.setViewportSize({ width: 390, height: 844 });
  await capturer(page, "securite-lecteur-trun-390");
});
