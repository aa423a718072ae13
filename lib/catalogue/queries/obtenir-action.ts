import "server-only";
import type { Contexte } from "@/lib/contexte";
import { ErreurIntrouvable } from "@/lib/errors";
import { perimetreCatalogue, peutModifierAction } from "../perimetre";

/** Fiche complète d'une action du catalogue du département de l'acteur. */
export async function obtenirAction({ acteur, db }: Contexte, id: string) {
  const action = await db.actionInsertion.findFirst({
    where: { AND: [{ id }, perimetreCatalogue(acteur)] },
    include: {
      porteur: { select: { id: true, nom: true, sigle: true, telephone: true, courriel: true, adresse: true, codePostal: true, commune: true } },
      programme: { select: { id: true, intitule: true, code: true } },
      axe: { select: { code: true, intitule: true, parent: { select: { code: true, intitule: true } } } },
      fiche: { select: { code: true, intitule: true } },
      territoires: { select: { territoire: { select: { id: true, nom: true, type: true } } } },
    },
  });
  if (!action) throw new ErreurIntrouvable("Action");
  return { ...action, modifiable: peutModifierAction(acteur, action) };
}
