import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { exigerPermission } from "@/lib/authz/permissions";
import { ErreurMetier } from "@/lib/errors";

export interface Parametres {
  delaiContratApresOrientation: number;
  delaiRenouvellement: number;
  seuilAbsences: number;
  fenetreAbsences: number;
  delaiObservations: number;
}

/** Délais et seuils des déclencheurs, propres au département de l'administrateur. */
export async function modifierParametres({ acteur, db }: Contexte, d: Parametres) {
  exigerPermission(acteur, "droits-devoirs:parametrer");
  if (d.fenetreAbsences < d.seuilAbsences) throw new ErreurMetier("fenetre", "La fenêtre d'observation des absences doit compter au moins autant de jours que le seuil d'absences.", { fenetreAbsences: ["Fenêtre plus courte que le seuil."] });
  return db.$transaction(async (tx) => {
    await tx.parametresDroitsDevoirs.upsert({ where: { departementId: acteur.departementId }, create: { departementId: acteur.departementId, ...d }, update: d });
    await journaliser(tx, acteur, { operation: "MODIFICATION", entite: "ParametresDroitsDevoirs", entiteId: acteur.departementId, details: { ...d } });
    return { id: acteur.departementId };
  });
}
