import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Acteur } from "@/lib/authz/acteur";
import { ErreurMetier } from "@/lib/errors";

type Plan = { objectifs: { frein: string | null; activites: { actionId: string | null }[] }[] };

/**
 * Les actions du catalogue et les freins cités par un contrat doivent appartenir au département de
 * l'acteur (un identifiant d'action de l'autre département, forgé dans le formulaire, était accepté).
 * À appeler dans la transaction de la commande.
 */
export async function verifierReferencesPlan(tx: Prisma.TransactionClient, acteur: Pick<Acteur, "departementId">, plan: Plan): Promise<void> {
  const actionIds = [...new Set(plan.objectifs.flatMap((o) => o.activites.map((a) => a.actionId)).filter((id): id is string => !!id))];
  const freins = [...new Set(plan.objectifs.map((o) => o.frein).filter((f): f is string => !!f))];
  const [actions, nomenclature] = await Promise.all([
    actionIds.length ? tx.actionInsertion.findMany({ where: { id: { in: actionIds }, departementId: acteur.departementId }, select: { id: true } }) : [],
    freins.length
      ? tx.nomenclature.findMany({ where: { liste: "FREIN", code: { in: freins }, OR: [{ departementId: null }, { departementId: acteur.departementId }] }, select: { code: true } })
      : [],
  ]);
  const actionsConnues = new Set(actions.map((a) => a.id));
  const freinsConnus = new Set(nomenclature.map((f) => f.code));
  const erreurs: Record<string, string[]> = {};
  plan.objectifs.forEach((o, i) => {
    if (o.frein && !freinsConnus.has(o.frein)) erreurs[`objectifs.${i}.frein`] = ["Choisissez un frein de la liste."];
    o.activites.forEach((a, j) => {
      if (a.actionId && !actionsConnues.has(a.actionId)) erreurs[`objectifs.${i}.activites.${j}.actionId`] = ["Choisissez une action du catalogue de votre département."];
    });
  });
  if (Object.keys(erreurs).length) throw new ErreurMetier("references", "Le plan cite une action ou un frein inconnu.", erreurs);
}
