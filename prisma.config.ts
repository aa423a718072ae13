import path from "node:path";
import fs from "node:fs";
import { defineConfig } from "prisma/config";

// Hors ligne : Prisma télécharge normalement un binaire natif `schema-engine`.
// On le remplace par un shim qui fait tourner le moteur WASM livré avec Prisma
// (voir docs/decisions/001-prisma-hors-ligne.md). Un binaire explicite l'emporte.
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const shim = path.join(import.meta.dirname, "scripts", "schema-engine-wasm-shim.cjs");
  try {
    fs.chmodSync(shim, 0o755);
  } catch {
    // lecture seule : le bit exécutable est déjà dans git
  }
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = shim;
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://postgres:postgres@127.0.0.1:54329/app",
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL,
  },
});
