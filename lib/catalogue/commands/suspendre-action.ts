import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { ErreurIntrouvable } from "@/lib/errors";
import { perimetreActionsModifiables } from "../perimetre";

/** Suspend une action (elle disparaît des résultats par défaut et n'accueille plus personne), avec un motif. */
export async function suspendreAction({ acteur, db }: Contexte, entree: { id: string; motif: string }, maintenant = new Date()) {
  return db.$transaction(async (tx) => {
    const maj = await tx.actionInsertion.updateMany({
      where: { AND: [{ id: entree.id }, perimetreActionsModifiables(acteur)] },
      data: { suspendue: true, motifSuspension: entree.motif, suspendueLe: maintenant, version: { increment: 1 } },
    });
    if (maj.count === 0) throw new ErreurIntrouvable("Action");
    await journaliser(tx, acteur, { operation: "MODIFICATION", entite: "ActionInsertion", entiteId: entree.id, details: { suspension: entree.motif } });
    return { id: entree.id };
  });
}

export async function reactiverAction({ acteur, db }: Contexte, entree: { id: string }) {
  return db.$transaction(async (tx) => {
    const maj = await tx.actionInsertion.updateMany({
      where: { AND: [{ id: entree.id }, perimetreActionsModifiables(acteur)] },
      data: { suspendue: false, motifSuspension: null, suspendueLe: null, version: { increment: 1 } },
    });
    if (maj.count === 0) throw new ErreurIntrouvable("Action");
    await journaliser(tx, acteur, { operation: "MODIFICATION", entite: "ActionInsertion", entiteId: entree.id, details: { reactivation: true } });
    return { id: entree.id };
  });
}
