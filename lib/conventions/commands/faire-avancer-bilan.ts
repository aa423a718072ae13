import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { perimetreConventions } from "@/lib/authz/perimetre";
import { exigerPermission } from "@/lib/authz/permissions";
import { ErreurIntrouvable, ErreurMetier } from "@/lib/errors";
import { ROLE_EVENEMENT, transitionBilan, type EvenementBilan, type StatutBilan } from "../domain/cycle-bilan";

/**
 * La structure soumet son bilan (brouillon ou renvoyé) ; le chargé de mission le valide ou le renvoie
 * avec un motif. Le bilan est lu dans le périmètre des conventions de l'acteur ; version optimiste.
 */
export async function faireAvancerBilan({ acteur, db }: Contexte, d: { id: string; version: number; evenement: EvenementBilan; motif: string | null }) {
  exigerPermission(acteur, ROLE_EVENEMENT[d.evenement] === "structure" ? "bilans:saisir" : "conventions:modifier");
  if (d.evenement === "renvoyer" && !d.motif) throw new ErreurMetier("motif", "Indiquez ce que la structure doit corriger.", { motif: ["Indiquez ce que la structure doit corriger."] });
  return db.$transaction(async (tx) => {
    const bilan = await tx.bilan.findFirst({ where: { id: d.id, convention: perimetreConventions(acteur) }, select: { id: true, statut: true, conventionId: true } });
    if (!bilan) throw new ErreurIntrouvable("Bilan");
    const t = transitionBilan(bilan.statut as StatutBilan, d.evenement);
    if (!t.ok) throw new ErreurMetier("transition", t.message);
    const maintenant = new Date();
    const maj = await tx.bilan.updateMany({
      where: { id: d.id, version: d.version },
      data: {
        statut: t.vers,
        version: { increment: 1 },
        ...(d.evenement === "soumettre" ? { soumisLe: maintenant } : { decideLe: maintenant, decideurId: acteur.id }),
        ...(d.evenement === "renvoyer" ? { motifRenvoi: d.motif } : {}),
      },
    });
    if (maj.count === 0) throw new ErreurMetier("conflit", "Ce bilan a été modifié entre-temps : rechargez la page.");
    await journaliser(tx, acteur, { operation: "MODIFICATION", entite: "Bilan", entiteId: d.id, details: { evenement: d.evenement, statut: t.vers } });
    return { id: d.id, conventionId: bilan.conventionId, statut: t.vers };
  });
}
