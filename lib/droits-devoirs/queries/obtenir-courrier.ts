import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { exigerPermission } from "@/lib/authz/permissions";
import { perimetrePersonnes } from "@/lib/authz/perimetre";
import { ErreurIntrouvable } from "@/lib/errors";
import type { ContenuCourrier } from "../courriers/contenu";
import { perimetreSituations } from "../perimetre";

/** Un courrier, si la personne est dans le périmètre de l'acteur (dossier ou situation) ; lecture journalisée. */
export async function obtenirCourrier({ acteur, db }: Contexte, id: string) {
  exigerPermission(acteur, "droits-devoirs:lire");
  const c = await db.courrierDroitsDevoirs.findFirst({
    where: { id, OR: [{ personne: perimetrePersonnes(acteur) }, { situation: perimetreSituations(acteur) }] },
    select: { id: true, type: true, personneId: true, contenu: true },
  });
  if (!c) throw new ErreurIntrouvable("Courrier");
  await journaliser(db, acteur, { operation: "LECTURE", entite: "CourrierDroitsDevoirs", entiteId: c.id, details: { personneId: c.personneId } });
  return { ...c, contenu: c.contenu as unknown as ContenuCourrier };
}
