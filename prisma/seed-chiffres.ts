// Chiffres publiés des documents sources chargés comme données de référence (modèle ChiffrePublie).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ChiffreDonnee } from "./donnees/chiffres-orne";

/** `programme` : code du programme dont les fiches (`fiche` des chiffres) sont cherchées. */
export async function chargerChiffresPublies(db: PrismaClient, departementId: string, document: string, chiffres: ChiffreDonnee[], options: { programme?: string; ordreDepart?: number } = {}) {
  const territoires = new Map((await db.territoire.findMany({ where: { departementId }, select: { code: true, id: true } })).map((t) => [t.code, t.id]));
  const actions = new Map((await db.actionInsertion.findMany({ where: { departementId }, select: { code: true, id: true } })).map((a) => [a.code, a.id]));
  const fiches = options.programme
    ? new Map((await db.ficheAction.findMany({ where: { programme: { departementId, code: options.programme } }, select: { code: true, id: true } })).map((f) => [f.code, f.id]))
    : new Map<string, string>();
  await db.chiffrePublie.createMany({
    data: chiffres.map((c, i) => {
      if (c.territoire && !territoires.has(c.territoire)) throw new Error(`Territoire inconnu : ${c.territoire}`);
      if (c.action && !actions.has(c.action)) throw new Error(`Action inconnue : ${c.action}`);
      if (c.fiche && !fiches.has(c.fiche)) throw new Error(`Fiche inconnue : ${c.fiche}`);
      return {
        departementId,
        territoireId: c.territoire ? territoires.get(c.territoire)! : null,
        actionId: c.action ? actions.get(c.action)! : null,
        ficheId: c.fiche ? fiches.get(c.fiche)! : null,
        theme: c.theme,
        indicateur: c.indicateur,
        dimension: c.dimension ?? "",
        libelle: c.libelle,
        valeur: c.valeur,
        unite: c.unite,
        annee: c.annee,
        source: `${document} L${c.ligne}`,
        ordre: (options.ordreDepart ?? 0) + i,
      };
    }),
  });
  return chiffres.length;
}
