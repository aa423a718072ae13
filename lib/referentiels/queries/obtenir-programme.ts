import "server-only";
import type { Contexte } from "@/lib/contexte";
import { perimetreProgrammes } from "@/lib/authz/perimetre";
import { ErreurIntrouvable } from "@/lib/errors";

/** Programme avec ses axes (et sous-axes) et ses fiches actions, dans l'ordre imprimé. */
export async function obtenirProgramme({ acteur, db }: Contexte, id: string) {
  const programme = await db.programme.findFirst({
    where: { AND: [{ id }, perimetreProgrammes(acteur)] },
    include: {
      territoire: { select: { nom: true } },
      axes: { orderBy: { ordre: "asc" }, select: { id: true, parentId: true, code: true, intitule: true } },
      fiches: { orderBy: { ordre: "asc" }, select: { id: true, axeId: true, code: true, intitule: true, socle: true, statut: true } },
    },
  });
  if (!programme) throw new ErreurIntrouvable("Programme");
  return programme;
}
