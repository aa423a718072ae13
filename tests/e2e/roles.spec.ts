import { expect, test } from "@playwright/test";
import { capturer, seConnecter, verifierAccessibilite } from "./outils";

// Pour chaque rôle : l'accueil, le menu attendu, chaque page du menu sans violation d'accessibilité grave.
const ROLES = [
  { courriel: "admin@cd13.demo", role: "Administrateur fonctionnel", menu: ["Utilisateurs", "Journal d'audit"], perimetre: "Tout le département" },
  { courriel: "charge.mission@cd13.demo", role: "Chargé(e) de mission", menu: ["Structures", "Programmes"], absent: ["Utilisateurs"], perimetre: "Tout le département" },
  { courriel: "responsable.pole3@cd13.demo", role: "Responsable de territoire", menu: ["Territoires"], absent: ["Journal d'audit"], perimetre: "Marseille III" },
  { courriel: "referent.argentan@orne.demo", role: "Référent de parcours", menu: ["Territoires"], absent: ["Utilisateurs"], perimetre: "Commission RSA d'Argentan" },
  { courriel: "operateur.ares@cd13.demo", role: "Opérateur (structure partenaire)", menu: ["Structures"], absent: ["Utilisateurs"], perimetre: "Association régionale en économie sociale" },
  { courriel: "lecteur@orne.demo", role: "Lecteur (données agrégées)", menu: ["Programmes"], absent: ["Utilisateurs"], perimetre: "Département de l'Orne" },
];

// Titre (h1) de chaque page du menu.
const TITRES: Record<string, RegExp> = {
  "/": /^Bonjour /,
  "/beneficiaires": /^(Ma file active|Bénéficiaires du territoire|Bénéficiaires du département|Bénéficiaires)$/,
  "/prescriptions": /^(Prescriptions sur vos actions|Mes prescriptions|Prescriptions)$/,
  "/aides": /^Aides financières$/,
  "/commissions": /^Droits et devoirs( : activité des instances)?$/,
  "/imports": /^Imports des allocataires$/,
  "/administration/messages": /^Boîte d'envoi$/,
  "/catalogue": /^Catalogue de l'offre d'insertion$/,
  "/tableaux-de-bord": /^Tableau de bord · /,
  "/conventions": /^Conventions et marchés$/,
  "/budgets": /^Tableau financier$/,
  "/territoires": /^Territoires$/,
  "/structures": /^Structures partenaires$/,
  "/programmes": /^Programmes$/,
  "/nomenclatures": /^Listes de référence$/,
  "/administration/utilisateurs": /^Utilisateurs$/,
  "/administration/journal": /^Journal d'audit$/,
  "/administration/taches": /^Tâches de fond$/,
};

// Chaque page montre au moins un chiffre qui lui est propre (compte, montant, date, total), hors de son
// titre : un écran vide ou d'erreur échoue. Aucune exception depuis que l'Orne a les crédits des actions
// du PLICS d'Argentan (D4) ; l'ensemble reste pour une exception justifiée.
const SANS_CHIFFRE = new Set<string>([]);

for (const r of ROLES) {
  test(`${r.role} (${r.courriel}) : accueil, menu et pages accessibles`, async ({ page }) => {
    await seConnecter(page, r.courriel);
    await expect(page.getByRole("banner")).toContainText(r.role);
    await expect(page.getByText(r.perimetre, { exact: false }).first()).toBeVisible();
    const menu = page.getByRole("navigation", { name: "Navigation principale" });
    for (const entree of r.menu) await expect(menu.getByRole("link", { name: entree, exact: true })).toBeVisible();
    for (const entree of r.absent ?? []) await expect(menu.getByRole("link", { name: entree, exact: true })).toHaveCount(0);
    await verifierAccessibilite(page);
    await capturer(page, `accueil-${r.courriel.split("@")[0]}-${r.courriel.split("@")[1]!.split(".")[0]}`);

    const liens = await menu.getByRole("link").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute("href")!));
    for (const href of liens) {
      await page.goto(href);
      // le titre propre à la page (une page 404 a aussi un h1 : cela ne suffit pas) et au moins un chiffre ;
      // une page ajoutée au menu doit avoir son titre ici
      expect(TITRES[href], `titre attendu de ${href} (à ajouter à TITRES)`).toBeDefined();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITRES[href]!);
      await expect(page.locator("main")).toHaveCount(1);
      if (!SANS_CHIFFRE.has(`${r.courriel} ${href}`)) {
        // un texte visible qui contient un chiffre, hors du titre (les cartes en flux peuvent arriver après)
        const chiffre = () =>
          page.locator("main").evaluate((m) =>
            [...m.querySelectorAll("*")].some(
              (el) => !el.closest("h1") && el.getClientRects().length > 0 && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && /\d/.test(n.textContent ?? "")),
            ),
          );
        await expect.poll(chiffre, { message: `un chiffre sur ${href}` }).toBe(true);
      }
      await verifierAccessibilite(page);
    }
  });
}

test("une URL hors périmètre répond « Page introuvable »", async ({ page, request }) => {
  await seConnecter(page, "responsable.pole3@cd13.demo");
  await page.goto("/territoires");
  await expect(page.getByRole("link", { name: /Marseille III/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Marseille IV/ })).toHaveCount(0);
  await capturer(page, "territoires-pole3");

  // identifiant du pôle IV, lu par un administrateur dans un autre contexte
  const admin = await page.context().browser()!.newContext();
  const pageAdmin = await admin.newPage();
  await seConnecter(pageAdmin, "admin@cd13.demo");
  await pageAdmin.goto("/territoires");
  const hrefPole4 = await pageAdmin.getByRole("link", { name: /Marseille IV/ }).getAttribute("href");
  await admin.close();
  expect(hrefPole4).toMatch(/^\/territoires\//);

  const reponse = await page.goto(hrefPole4!);
  expect(reponse?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
  await expect(page.getByText("ne fait pas partie de votre périmètre")).toBeVisible();
  await verifierAccessibilite(page);
  await capturer(page, "hors-perimetre");
  void request;
});

test("le chargé de mission crée une structure : erreur claire d'abord, rien de perdu, puis succès", async ({ page }) => {
  await seConnecter(page, "charge.mission@cd13.demo");
  await page.goto("/structures/nouvelle");
  await page.getByLabel("Nom").fill("Atelier de la Joliette");
  await page.getByLabel("Catégorie").selectOption({ label: "Association" });
  await page.getByLabel("Code postal").fill("1302");
  await page.getByLabel("Commune").fill("Marseille");
  await page.getByRole("button", { name: "Enregistrer" }).click();

  await expect(page.getByText("Le code postal comporte 5 chiffres.")).toBeVisible();
  await expect(page.getByLabel("Nom")).toHaveValue("Atelier de la Joliette");
  await expect(page.getByLabel("Commune")).toHaveValue("Marseille");
  await expect(page.getByLabel("Catégorie")).toHaveValue("ASSOCIATION");
  await verifierAccessibilite(page);
  await capturer(page, "structure-erreur");

  await page.getByLabel("Code postal").fill("13002");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Atelier de la Joliette" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("Structure enregistrée.");
  await expect(page.getByText("13002 Marseille")).toBeVisible();
});
