import "server-only";
import type { Contexte } from "@/lib/contexte";
import { perimetreBudget } from "@/lib/authz/perimetre";
import { ErreurIntrouvable } from "@/lib/errors";
import { etatLigne } from "./etat-ligne";

/** Une ligne de crédits et son historique : parts des financeurs, engagements et paiements, mouvements. */
export async function obtenirLigne(contexte: Contexte, id: string) {
  const { acteur, db } = contexte;
  const ligne = await db.ligneBudgetaire.findFirst({
    where: { AND: [{ id }, perimetreBudget(acteur)] },
    include: {
      programme: { select: { id: true, intitule: true } },
      axe: { select: { code: true, intitule: true } },
      fiche: { select: { code: true, intitule: true } },
      parts: { orderBy: { financeur: "asc" } },
      engagements: {
        orderBy: { dateEngagement: "asc" },
        include: { convention: { select: { id: true, objet: true } }, paiements: { orderBy: { createdAt: "asc" } } },
      },
      sortants: { orderBy: { dateMouvement: "asc" }, include: { cible: { select: { id: true, libelle: true, exercice: true } } } },
      entrants: { orderBy: { dateMouvement: "asc" }, include: { source: { select: { id: true, libelle: true, exercice: true } } } },
    },
  });
  if (!ligne) throw new ErreurIntrouvable("Ligne budgétaire");
  const [etat, autresLignes, conventions] = await Promise.all([
    etatLigne(db, id),
    db.ligneBudgetaire.findMany({
      where: { programmeId: ligne.programmeId, departementId: acteur.departementId, NOT: { id } },
      orderBy: [{ exercice: "asc" }, { ordre: "asc" }],
      select: { id: true, libelle: true, exercice: true },
    }),
    db.convention.findMany({ where: { departementId: acteur.departementId }, orderBy: { dateDebut: "desc" }, select: { id: true, objet: true } }),
  ]);
  return { ligne, etat, autresLignes, conventions };
}
