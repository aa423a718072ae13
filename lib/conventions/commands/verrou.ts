import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Acteur } from "@/lib/authz/acteur";
import { ErreurIntrouvable } from "@/lib/errors";

/**
 * Verrouille la convention (SELECT … FOR UPDATE) et renvoie son montant courant et ce qui est déjà
 * programmé : toute écriture qui touche au montant ou aux paiements passe par ici, en transaction.
 */
export async function verrouillerConvention(tx: Prisma.TransactionClient, acteur: Acteur, conventionId: string) {
  // Deux requêtes : le verrou d'abord, les sommes ensuite. En READ COMMITTED, la seconde prend un nouvel
  // instantané et voit donc ce qu'une transaction concurrente a validé avant de relâcher le verrou
  // (des sous-requêtes placées dans la requête FOR UPDATE garderaient l'instantané d'avant l'attente).
  const verrou = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM convention WHERE id = ${conventionId} AND departement_id = ${acteur.departementId} FOR UPDATE`;
  if (!verrou.length) throw new ErreurIntrouvable("Convention");
  const [c] = await tx.$queryRaw<{ id: string; statut: string; montant_courant: bigint | null; programme: bigint; mandate: bigint; date_debut: Date; structure_id: string | null }[]>`
    SELECT c.id, c.statut::text AS statut, c.date_debut, c.structure_id,
           montant_courant_convention(c.id) AS montant_courant,
           (SELECT coalesce(sum(p.montant_centimes), 0) FROM paiement p WHERE p.convention_id = c.id) AS programme,
           (SELECT coalesce(sum(p.montant_centimes), 0) FROM paiement p WHERE p.convention_id = c.id AND p.statut = 'MANDATE') AS mandate
    FROM convention c WHERE c.id = ${conventionId}`;
  if (!c) throw new ErreurIntrouvable("Convention");
  return {
    statut: c.statut,
    montantCourant: c.montant_courant === null ? null : Number(c.montant_courant),
    programme: Number(c.programme),
    mandate: Number(c.mandate),
    dateDebut: c.date_debut,
  };
}
