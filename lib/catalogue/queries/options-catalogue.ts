import "server-only";
import type { Contexte } from "@/lib/contexte";
import { listerTerritoiresReferentiel } from "@/lib/referentiels/queries/lister-territoires";
import { LIBELLES_TYPE_TERRITOIRE } from "@/lib/referentiels/libelles";
import { perimetreStructures } from "@/lib/authz/perimetre";

/** Listes de choix des filtres et du formulaire du catalogue (référentiels du département). */
export async function optionsCatalogue(contexte: Contexte) {
  const { acteur, db } = contexte;
  const [territoires, porteurs, programmes, freins, axes] = await Promise.all([
    listerTerritoiresReferentiel(contexte),
    db.structure.findMany({
      where: { departementId: acteur.departementId, actions: { some: {} } },
      orderBy: { nom: "asc" },
      select: { id: true, nom: true },
    }),
    db.programme.findMany({ where: { departementId: acteur.departementId }, orderBy: { anneeDebut: "desc" }, select: { id: true, intitule: true } }),
    db.nomenclature.findMany({
      where: { liste: "FREIN", actif: true, OR: [{ departementId: null }, { departementId: acteur.departementId }] },
      orderBy: { ordre: "asc" },
      select: { code: true, libelle: true },
    }),
    db.axeProgramme.findMany({
      where: { programme: { departementId: acteur.departementId } },
      orderBy: [{ programmeId: "asc" }, { ordre: "asc" }],
      select: { id: true, code: true, intitule: true, programmeId: true },
    }),
  ]);
  return {
    territoires: territoires
      .filter((t) => t.type !== "QUARTIER")
      .map((t) => ({ valeur: t.id, libelle: `${"\u00a0\u00a0".repeat(t.profondeur)}${t.nom}${t.profondeur === 0 ? "" : ` (${LIBELLES_TYPE_TERRITOIRE[t.type].toLowerCase()})`}` })),
    porteurs: porteurs.map((p) => ({ valeur: p.id, libelle: p.nom })),
    programmes: programmes.map((p) => ({ valeur: p.id, libelle: p.intitule })),
    freins: freins.map((f) => ({ valeur: f.code, libelle: f.libelle })),
    axes: axes.map((a) => ({ valeur: a.id, libelle: `${a.code} ${a.intitule}`, programmeId: a.programmeId })),
  };
}

/** Structures que l'acteur peut choisir comme porteur (l'opérateur : la sienne seulement). */
export async function porteursPossibles({ acteur, db }: Contexte) {
  const structures = await db.structure.findMany({
    where: perimetreStructures(acteur),
    orderBy: { nom: "asc" },
    select: { id: true, nom: true },
  });
  return structures.map((s) => ({ valeur: s.id, libelle: s.nom }));
}
