import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// Un seul client Prisma par processus (réutilisé entre les rechargements à chaud en dev),
// créé à la première utilisation : `next build` charge ce module sans base de données.
const globalPourPrisma = globalThis as unknown as { prisma?: PrismaClient; prismaParDepartement?: Map<string, PrismaClient> };

function url(): string {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL n'est pas défini : lancez l'application par `npm run demo` ou `npm start`.");
  return env.DATABASE_URL;
}

function client(): PrismaClient {
  if (!globalPourPrisma.prisma) {
    globalPourPrisma.prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url() }) });
  }
  return globalPourPrisma.prisma;
}

/**
 * Client « système » (propriétaire des tables) : authentification, chargement de la session, journal
 * des refus. Les pages et les actions reçoivent `dbDepartement(acteur.departementId)` par leur contexte.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_cible, propriete) {
    const valeur = Reflect.get(client(), propriete);
    return typeof valeur === "function" ? valeur.bind(client()) : valeur;
  },
});

/**
 * Client cloisonné à un département (sécurité au niveau des lignes, voir decisions/1201) : connexion au
 * rôle pilote_app, sans BYPASSRLS, dont le paramètre app.departement_id est fixé à l'ouverture de chaque
 * connexion. Les politiques de PostgreSQL filtrent alors toute table qui porte un departement_id, même
 * si une requête oublie son filtre. Un pool de 10 connexions par département (peu de départements par instance) : une page de tableau de bord lance une dizaine de requêtes de cartes en parallèle.
 */
export function dbDepartement(departementId: string): PrismaClient {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(departementId)) throw new Error("identifiant de département invalide");
  const clients = (globalPourPrisma.prismaParDepartement ??= new Map());
  let c = clients.get(departementId);
  if (!c) {
    // DATABASE_URL_APP : connexion directe au rôle applicatif (production) ; sinon le propriétaire prend
    // le rôle pilote_app à l'ouverture de la connexion
    const options = `-c app.departement_id=${departementId}${env.DATABASE_URL_APP ? "" : " -c role=pilote_app"}`;
    c = new PrismaClient({ adapter: new PrismaPg({ connectionString: env.DATABASE_URL_APP ?? url(), options, max: 10 }) });
    clients.set(departementId, c);
  }
  return c;
}

export type Db = PrismaClient;
