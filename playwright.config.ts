import { defineConfig } from "@playwright/test";

// Lancé par scripts/e2e.mjs, qui fournit la base (DATABASE_URL), le secret et le build.
const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  // l'import de flux ajoute des milliers de foyers au CD13 : il passe en dernier, pour que les autres
  // parcours lisent les chiffres du chargement (pyramides des pôles, petits effectifs de l'Orne)
  projects: [
    { name: "parcours", testIgnore: /imports\.spec\.ts/ },
    { name: "imports", testMatch: /imports\.spec\.ts/, dependencies: ["parcours"] },
  ],
  webServer: {
    // le serveur de production de la démonstration (Next sur tous les cœurs, tâches dans le premier processus)
    command: `node scripts/serveur.mjs -p ${port}`,
    url: `http://localhost:${port}/connexion`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
