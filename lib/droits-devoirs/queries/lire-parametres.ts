import "server-only";
import type { Contexte } from "@/lib/contexte";
import { exigerPermission } from "@/lib/authz/permissions";
import type { Parametres } from "../commands/parametrer";

export async function lireParametres({ acteur, db }: Contexte): Promise<Parametres> {
  exigerPermission(acteur, "droits-devoirs:parametrer");
  const p = await db.parametresDroitsDevoirs.findUnique({ where: { departementId: acteur.departementId } });
  return p ?? { delaiContratApresOrientation: 60, delaiRenouvellement: 30, seuilAbsences: 2, fenetreAbsences: 180, delaiObservations: 30 };
}
