import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { ErreurMetier } from "@/lib/errors";
import { refusTransition, type StatutConvention } from "../domain/convention";
import { verrouillerConvention } from "./verrou";

export const MESSAGE_CONFLIT_CONVENTION = "La convention a été modifiée entre-temps par quelqu'un d'autre : rechargez la page avant de changer son état.";

/** Fait avancer la convention dans son cycle de vie (instruction → votée → signée → en exécution → soldée). */
export async function changerStatut(
  { acteur, db }: Contexte,
  d: { conventionId: string; version: number; statut: StatutConvention; cpDate: Date | null; cpRapport: string | null; dateSignature: Date | null; motif?: string | null },
) {
  return db.$transaction(async (tx) => {
    const c = await verrouillerConvention(tx, acteur, d.conventionId);
    const actuelle = await tx.convention.findUniqueOrThrow({ where: { id: d.conventionId }, select: { version: true, cpDate: true, cpRapport: true, dateSignature: true } });
    if (actuelle.version !== d.version) throw new ErreurMetier("conflit", MESSAGE_CONFLIT_CONVENTION);
    const prevuNonMandate = c.programme - c.mandate;
    const etat = {
      statut: c.statut as StatutConvention,
      cpDate: d.cpDate ?? actuelle.cpDate,
      cpRapport: d.cpRapport ?? actuelle.cpRapport,
      dateSignature: d.dateSignature ?? actuelle.dateSignature,
      montantCourant: c.montantCourant,
      paye: c.mandate,
      prevuNonMandate,
    };
    const refus = refusTransition(etat, d.statut);
    if (refus) throw new ErreurMetier("transition", refus);
    await tx.convention.update({
      where: { id: d.conventionId },
      data: { statut: d.statut, cpDate: etat.cpDate, cpRapport: etat.cpRapport, dateSignature: etat.dateSignature, version: { increment: 1 } },
    });
    await journaliser(tx, acteur, { operation: "MODIFICATION", entite: "Convention", entiteId: d.conventionId, details: { statut: d.statut, ...(d.motif ? { motif: d.motif } : {}) } });
    return { id: d.conventionId };
  });
}
