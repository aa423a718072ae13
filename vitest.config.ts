import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // "server-only" lève une erreur hors du serveur React : neutralisé pour les tests
  "server-only": path.resolve(import.meta.dirname, "tests/setup/server-only.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          environment: "node",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "tests/unit/**/*.test.ts", "tests/securite/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          environment: "node",
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**"],
          globalSetup: ["tests/setup/global-integration.ts"],
          // une seule base partagée : les fichiers s'exécutent l'un après l'autre
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 240_000,
          server: { deps: { inline: ["next-auth"] } },
        },
      },
    ],
  },
});
