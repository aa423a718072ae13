import "server-only";
import type { Contexte } from "@/lib/contexte";
import { perimetreTerritoires } from "@/lib/authz/perimetre";
import { ErreurIntrouvable } from "@/lib/errors";

/** Fiche d'un territoire du périmètre ; hors périmètre ou inexistant : ErreurIntrouvable (404). */
export async function obtenirTerritoire({ acteur, db }: Contexte, id: string) {
  const territoire = await db.territoire.findFirst({
    where: { AND: [{ id }, perimetreTerritoires(acteur)] },
    include: {
      parent: { select: { id: true, nom: true, type: true } },
      enfants: { select: { id: true, nom: true, type: true, qpv: true, code: true }, orderBy: [{ ordre: "asc" }, { nom: "asc" }] },
      _count: { select: { structures: true, utilisateurs: true } },
    },
  });
  if (!territoire) throw new ErreurIntrouvable("Territoire");
  // le parent n'est montré que s'il est lui-même dans le périmètre
  const parentVisible = territoire.parent
    ? await db.territoire.count({ where: { AND: [{ id: territoire.parent.id }, perimetreTerritoires(acteur)] } })
    : 0;
  const descendants = await db.territoire.count({ where: { chemin: { startsWith: territoire.chemin }, NOT: { id } } });
  return { ...territoire, parent: parentVisible ? territoire.parent : null, nombreDescendants: descendants };
}
