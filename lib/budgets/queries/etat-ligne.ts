import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EtatLigne } from "../domain/credits";

type Client = Pick<Prisma.TransactionClient, "$queryRaw">;

/** Prévu, engagé, mandaté, reçus et sortis d'une ligne, agrégés par PostgreSQL (centimes). */
export async function etatLigne(client: Client, ligneId: string): Promise<EtatLigne & { exercice: number; programmeId: string; departementId: string }> {
  const [l] = await client.$queryRaw<
    { prevu: bigint; engage: bigint; mandate: bigint; entrants: bigint; sortants: bigint; exercice: number; programme_id: string; departement_id: string }[]
  >`
    SELECT v.prevu, v.engage, v.mandate, v.entrants, v.sortants, l.exercice, l.programme_id, l.departement_id
    FROM ligne_budgetaire l JOIN v_etat_ligne v ON v.id = l.id WHERE l.id = ${ligneId}`;
  if (!l) throw new Error(`ligne ${ligneId} absente`);
  return {
    prevu: Number(l.prevu),
    engage: Number(l.engage),
    mandate: Number(l.mandate),
    entrants: Number(l.entrants),
    sortants: Number(l.sortants),
    exercice: l.exercice,
    programmeId: l.programme_id,
    departementId: l.departement_id,
  };
}
