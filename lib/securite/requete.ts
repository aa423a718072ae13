import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { adresseClient, ENTETE_IP_SOCKET } from "@/lib/auth/domain/adresse-ip";

/** Adresse du client d'après des en-têtes de requête (voir lib/auth/domain/adresse-ip.ts). */
export function adresseDepuisEntetes(entetes: Pick<Headers, "get"> | undefined | null): string | null {
  if (!entetes) return null;
  return adresseClient({
    socket: entetes.get(ENTETE_IP_SOCKET),
    xForwardedFor: entetes.get("x-forwarded-for"),
    proxiesDeConfiance: env.PROXIES_DE_CONFIANCE,
  });
}

/** Adresse du client de la requête en cours ; null hors requête (scripts, tâches, tests). */
export async function adresseDeLaRequete(): Promise<string | null> {
  try {
    return adresseDepuisEntetes(await headers());
  } catch {
    return null;
  }
}
