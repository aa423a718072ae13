import "server-only";
import type { Contexte } from "@/lib/contexte";
import type { Acteur } from "@/lib/authz/acteur";
import { perimetreTerritoires, referentielTerritoires } from "@/lib/authz/perimetre";
import { LIBELLES_TYPE_TERRITOIRE } from "@/lib/referentiels/libelles";

/** Rôles de territoire : le catalogue leur montre l'offre de leur territoire, jamais « tout le département ». */
export function catalogueLimiteAuTerritoire(acteur: Acteur): boolean {
  return acteur.role === "RESPONSABLE_TERRITOIRE" || acteur.role === "REFERENT";
}

export interface TerritoireFiltre {
  /** territoire retenu pour filtrer (null : tout le département, pour les rôles qui y ont accès) */
  territoire: { id: string; nom: string; chemin: string } | null;
  /** phrase à afficher quand le territoire retenu n'est pas celui demandé */
  avis: string | null;
}

const nomAffiche = (t: { nom: string; type: keyof typeof LIBELLES_TYPE_TERRITOIRE }) =>
  t.type === "POLE_INSERTION" || t.type === "COMMISSION_RSA" ? t.nom : `${t.nom} (${LIBELLES_TYPE_TERRITOIRE[t.type].toLowerCase()})`;

/**
 * Territoire du filtre du catalogue (page et export). Un rôle de territoire cherche dans son territoire
 * (par défaut le sien ; un territoire hors de son périmètre est refusé, et la page le dit) ; les rôles du
 * département cherchent partout, ou dans le territoire demandé s'il est du département (sinon, la page
 * le dit aussi : jamais une liste vide sans explication).
 */
export async function territoireDuFiltre({ acteur, db }: Contexte, demande: string): Promise<TerritoireFiltre> {
  const limite = catalogueLimiteAuTerritoire(acteur);
  const selection = { id: true, nom: true, type: true, chemin: true } as const;
  const propre = limite && acteur.territoireId ? await db.territoire.findFirst({ where: { AND: [{ id: acteur.territoireId }, perimetreTerritoires(acteur)] }, select: selection }) : null;
  if (limite && !propre) return { territoire: null, avis: "Votre compte n'est rattaché à aucun territoire : demandez à l'administrateur de le compléter." };
  if (!demande) return { territoire: propre, avis: null };
  const trouve = await db.territoire.findFirst({ where: { AND: [{ id: demande }, limite ? perimetreTerritoires(acteur) : referentielTerritoires(acteur)] }, select: selection });
  if (trouve) return { territoire: trouve, avis: null };
  return propre
    ? { territoire: propre, avis: `Le territoire demandé n'est pas dans votre périmètre : affichage de l'offre de ${nomAffiche(propre)}.` }
    : { territoire: null, avis: "Le territoire demandé n'existe pas dans votre département : affichage de tout le département." };
}
