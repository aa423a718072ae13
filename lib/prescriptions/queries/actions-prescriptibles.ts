import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Unite } from "@/lib/catalogue/domain/libelles";
import { motifNonPrescriptible } from "../domain/prescriptible";

type Lecteur = PrismaClient | Prisma.TransactionClient;

export interface ActionPrescriptible {
  id: string;
  code: string;
  intitule: string;
  /** null : prescriptible aujourd'hui ; sinon la raison (suspendue, terminée, complète) */
  motif: string | null;
}

/**
 * Actions du catalogue du département (ou celles données) avec, pour chacune, si elle peut recevoir une
 * prescription aujourd'hui : même règle que la commande `prescrire` (domain/prescriptible.ts).
 */
export async function actionsPrescriptibles(db: Lecteur, departementId: string, options: { ids?: string[]; aujourdHui?: Date } = {}): Promise<ActionPrescriptible[]> {
  const aujourdHui = options.aujourdHui ?? new Date();
  const where = { departementId, ...(options.ids ? { id: { in: options.ids } } : {}) };
  const [actions, acceptees] = await Promise.all([
    db.actionInsertion.findMany({
      where,
      orderBy: [{ code: "asc" }, { intitule: "asc" }],
      select: { id: true, code: true, intitule: true, capacite: true, uniteCapacite: true, participantsEnCours: true, suspendue: true, dateFin: true },
    }),
    db.prescription.groupBy({ by: ["actionId"], where: { statut: "ACCEPTEE", action: where }, _count: { _all: true } }),
  ]);
  const parAction = new Map(acceptees.map((a) => [a.actionId, a._count._all]));
  return actions.map((a) => ({
    id: a.id,
    code: a.code,
    intitule: a.intitule,
    motif: motifNonPrescriptible({ ...a, uniteCapacite: a.uniteCapacite as Unite | null }, parAction.get(a.id) ?? 0, aujourdHui),
  }));
}
