import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EtatLigne } from "../domain/credits";

type Client = Pick<Prisma.TransactionClient, "$queryRaw">;

/** Prévu, engagé, mandaté, reçus et sortis d'une ligne, agrégés par PostgreSQL (centimes). */
export async function etatLigne(client: Client, ligneId: string): Promise<EtatLigne & { exercice: number; programmeId: string; departementId: string }> {
  const [l] = await client.$queryRaw<
    { prevu: bigint; engage: bigint; mandate: bigint; entrants: bigint; sortants: bigint; exercice: number; programme_id: string; departement_id: string }[]
  >`
    SELECT l.prevu_centimes AS prevu, l.exercice, l.programme_id, l.departement_id,
      (SELECT coalesce(sum(e.montant_centimes), 0) FROM engagement e WHERE e.ligne_id = l.id) AS engage,
      (SELECT coalesce(sum(p.montant_centimes), 0) FROM paiement p JOIN engagement e ON e.id = p.engagement_id
        WHERE e.ligne_id = l.id AND p.statut = 'MANDATE') AS mandate,
      (SELECT coalesce(sum(m.montant_centimes), 0) FROM mouvement_budgetaire m WHERE m.cible_id = l.id) AS entrants,
      (SELECT coalesce(sum(m.montant_centimes), 0) FROM mouvement_budgetaire m WHERE m.source_id = l.id) AS sortants
    FROM ligne_budgetaire l WHERE l.id = ${ligneId}`;
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
