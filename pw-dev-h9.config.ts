import { defineConfig } from "@playwright/test";
export default defineConfig({
  testDir: "/work/wt/h9/tests/e2e",
  workers: 1,
  timeout: 600_000,
  expect: { timeout: 60_000 },
  reporter: [["list"]],
  use: {
    baseURL: "http://localhost:3217",
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    navigationTimeout: 180_000,
    launchOptions: { executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] },
  },
});
