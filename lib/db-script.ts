// Client PostgreSQL des commandes hors Next (seed, tâches, scripts, tests d'intégration) : pas de
// "server-only" ici, pour que tsx puisse l'importer. L'application Next utilise lib/db.ts.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export function creerClient(url = process.env.DATABASE_URL): PrismaClient {
  if (!url) throw new Error("DATABASE_URL manquant : lancez via scripts/with-db.mjs ou scripts/with-app-db.mjs");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}

/** Vide toutes les tables de l'application (hors historique des migrations). */
export async function viderBase(db: PrismaClient): Promise<void> {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (tables.length) await db.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
}
