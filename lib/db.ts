import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// Un seul client Prisma par processus (réutilisé entre les rechargements à chaud en dev),
// créé à la première utilisation : `next build` charge ce module sans base de données.
const globalPourPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  if (!globalPourPrisma.prisma) {
    if (!env.DATABASE_URL) throw new Error("DATABASE_URL n'est pas défini : lancez l'application par `npm run demo` ou `npm start`.");
    globalPourPrisma.prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: env.DATABASE_URL }) });
  }
  return globalPourPrisma.prisma;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_cible, propriete) {
    const valeur = Reflect.get(client(), propriete);
    return typeof valeur === "function" ? valeur.bind(client()) : valeur;
  },
});

export type Db = PrismaClient;
