import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Acteur } from "@/lib/authz/acteur";
import { adresseDeLaRequete } from "@/lib/securite/requete";

export type OperationAudit =
  | "LECTURE"
  | "CREATION"
  | "MODIFICATION"
  | "SUPPRESSION"
  | "EXPORT"
  | "CONNEXION"
  | "ECHEC_CONNEXION"
  | "DECONNEXION"
  | "ACCES_REFUSE";

type ClientAudit = Pick<Prisma.TransactionClient, "journalAudit">;

/**
 * Écrit une ligne du journal d'audit. Pour une écriture, appeler avec le client de la transaction :
 * la ligne est annulée avec l'écriture si celle-ci échoue. Sans adresse fournie, celle du client de
 * la requête en cours (socket, ou mandataire de confiance) est relevée.
 */
export async function journaliser(
  client: ClientAudit,
  acteur: Pick<Acteur, "id" | "departementId"> | null,
  entree: { operation: OperationAudit; entite: string; entiteId?: string | null; details?: Prisma.InputJsonValue; ip?: string | null },
): Promise<void> {
  await client.journalAudit.create({
    data: {
      departementId: acteur?.departementId ?? null,
      utilisateurId: acteur?.id ?? null,
      operation: entree.operation,
      entite: entree.entite,
      entiteId: entree.entiteId ?? null,
      details: entree.details,
      ip: entree.ip ?? (await adresseDeLaRequete()),
    },
  });
}
