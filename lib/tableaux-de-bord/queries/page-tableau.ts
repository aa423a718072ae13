import "server-only";
import type { Contexte } from "@/lib/contexte";
import { perimetreTerritoires } from "@/lib/authz/perimetre";
import { LIBELLES_TYPE_TERRITOIRE } from "@/lib/referentiels/libelles";
import { dernierRafraichissement, porteeTableau } from "./cartes";
import type { FiltresTableau } from "./tableau-de-bord";

/** Ce que la page affiche avant les cartes : la portée (titre, territoire), les territoires proposés, la fraîcheur des agrégats. */
export async function enteteTableau(contexte: Contexte, filtres: FiltresTableau) {
  const [portee, territoires, rafraichissement] = await Promise.all([
    porteeTableau(contexte, filtres),
    contexte.db.territoire.findMany({
      where: { AND: [perimetreTerritoires(contexte.acteur), { type: { in: ["POLE_INSERTION", "COMMISSION_RSA", "COMMUNE", "ARRONDISSEMENT"] } }] },
      orderBy: [{ ordre: "asc" }],
      select: { id: true, nom: true, type: true },
    }),
    dernierRafraichissement(contexte),
  ]);
  return {
    portee,
    rafraichissement,
    territoires: territoires.map((t) => ({ valeur: t.id, libelle: t.type === "POLE_INSERTION" || t.type === "COMMISSION_RSA" ? t.nom : `\u00a0\u00a0${t.nom} (${LIBELLES_TYPE_TERRITOIRE[t.type].toLowerCase()})` })),
  };
}
