// Lecture des paramètres de contrat d'un département (sans "server-only" : commandes, requêtes, scripts).
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { parametresOuDefaut, type ParametresContrat } from "./domain/parametres";

export async function lireParametresContrat(db: Pick<PrismaClient | Prisma.TransactionClient, "parametresContrat">, departementId: string): Promise<ParametresContrat> {
  const p = await db.parametresContrat.findUnique({ where: { departementId }, select: { dureeMaxMois: true, delaiAnnulationRuptureJours: true } });
  return parametresOuDefaut(p);
}

/** La violation de la contrainte « un seul contrat vivant » (23P01), quelle que soit l'enveloppe de Prisma. */
export function estViolationContratVivant(e: unknown): boolean {
  const texte = (() => {
    try {
      return `${e instanceof Error ? e.message : ""} ${JSON.stringify(e)}`;
    } catch {
      return e instanceof Error ? e.message : "";
    }
  })();
  return texte.includes("contrat_un_seul_vivant") || texte.includes("23P01");
}
