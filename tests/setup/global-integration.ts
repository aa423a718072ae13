// Avant les tests d'intégration : applique les migrations sur la base fournie par scripts/with-db.mjs.
import { applyMigrations } from "../../scripts/apply-migrations.mjs";

export default async function setup() {
  if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL manquant : lancez `npm run test:int`.");
  await applyMigrations({ url: process.env.DATABASE_URL, log: () => {} });
}
