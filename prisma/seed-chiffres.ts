// Chiffres publiés des documents sources chargés comme données de référence (modèle ChiffrePublie).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ChiffreDonnee } from "./donnees/chiffres-orne";

export async function chargerChiffresPublies(db: PrismaClient, departementId: string, document: string, chiffres: ChiffreDonnee[]) {
  const territoires = new Map((await db.territoire.findMany({ where: { departementId }, select: { code: true, id: true } })).map((t) => [t.code, t.id]));
  const actions = new Map((await db.actionInsertion.findMany({ where: { departementId }, select: { code: true, id: true } })).map((a) => [a.code, a.id]));
  await db.chiffrePublie.createMany({
    data: chiffres.map((c, ordre) => {
      if (c.territoire && !territoires.has(c.territoire)) throw new Error(`Territoire inconnu : ${c.territoire}`);
      if (c.action && !actions.has(c.action)) throw new Error(`Action inconnue : ${c.action}`);
      return {
        departementId,
        territoireId: c.territoire ? territoires.get(c.territoire)! : null,
        actionId: c.action ? actions.get(c.action)! : null,
        theme: c.theme,
        indicateur: c.indicateur,
        dimension: c.dimension ?? "",
        libelle: c.libelle,
        valeur: c.valeur,
        unite: c.unite,
        annee: c.annee,
        source: `${document} L${c.ligne}`,
        ordre,
      };
    }),
  });
  return chiffres.length;
}
