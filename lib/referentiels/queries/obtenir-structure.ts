import "server-only";
import type { Contexte } from "@/lib/contexte";
import { perimetreStructures } from "@/lib/authz/perimetre";
import { ErreurIntrouvable } from "@/lib/errors";

export async function obtenirStructure({ acteur, db }: Contexte, id: string) {
  const structure = await db.structure.findFirst({
    where: { AND: [{ id }, perimetreStructures(acteur)] },
    include: { territoire: { select: { id: true, nom: true } }, _count: { select: { utilisateurs: true } } },
  });
  if (!structure) throw new ErreurIntrouvable("Structure");
  return structure;
}
