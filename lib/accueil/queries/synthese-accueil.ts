import "server-only";
import type { Contexte } from "@/lib/contexte";
import { perimetreStructures, perimetreTerritoires, perimetreProgrammes } from "@/lib/authz/perimetre";

/** Ce que la page d'accueil montre à l'acteur : son périmètre et ce qu'il contient. */
export async function syntheseAccueil({ acteur, db }: Contexte) {
  const [departement, territoire, structure, territoires, structures, programmes] = await Promise.all([
    db.departement.findUniqueOrThrow({ where: { id: acteur.departementId }, select: { nom: true, nomCourt: true } }),
    acteur.territoireId ? db.territoire.findUnique({ where: { id: acteur.territoireId }, select: { id: true, nom: true, type: true } }) : null,
    acteur.structureId ? db.structure.findUnique({ where: { id: acteur.structureId }, select: { id: true, nom: true } }) : null,
    db.territoire.groupBy({ by: ["type"], where: perimetreTerritoires(acteur), _count: { _all: true } }),
    db.structure.count({ where: perimetreStructures(acteur) }),
    db.programme.count({ where: perimetreProgrammes(acteur) }),
  ]);
  return {
    departement,
    territoire,
    structure,
    territoiresParType: territoires.map((t) => ({ type: t.type, nombre: t._count._all })),
    structures,
    programmes,
  };
}
