import "server-only";
import type { Contexte } from "@/lib/contexte";
import { perimetreTerritoires, referentielTerritoires } from "@/lib/authz/perimetre";

export interface TerritoireListe {
  id: string;
  parentId: string | null;
  type: import("@/lib/generated/prisma/enums").TypeTerritoire;
  code: string;
  nom: string;
  qpv: boolean;
  profondeur: number;
}

const ordreAlphabetique = new Intl.Collator("fr");
const selection = { id: true, parentId: true, type: true, code: true, nom: true, qpv: true, chemin: true } as const;

/** Territoires du périmètre de l'acteur, dans l'ordre de l'arbre (parent puis enfants). */
export async function listerTerritoires({ acteur, db }: Contexte): Promise<TerritoireListe[]> {
  const lignes = await db.territoire.findMany({ where: perimetreTerritoires(acteur), select: { ...selection, ordre: true } });
  return enOrdreArbre(lignes);
}

/** Tous les territoires du département (listes de choix et filtres : ce ne sont pas des données du territoire). */
export async function listerTerritoiresReferentiel({ acteur, db }: Contexte): Promise<TerritoireListe[]> {
  const lignes = await db.territoire.findMany({ where: referentielTerritoires(acteur), select: { ...selection, ordre: true } });
  return enOrdreArbre(lignes);
}

function enOrdreArbre(lignes: { id: string; parentId: string | null; type: TerritoireListe["type"]; code: string; nom: string; qpv: boolean; chemin: string; ordre: number }[]): TerritoireListe[] {
  const ids = new Set(lignes.map((l) => l.id));
  const enfants = new Map<string | null, typeof lignes>();
  for (const l of lignes) {
    const cle = l.parentId && ids.has(l.parentId) ? l.parentId : null; // racine du périmètre
    const freres = enfants.get(cle);
    if (freres) freres.push(l);
    else enfants.set(cle, [l]);
  }
  const resultat: TerritoireListe[] = [];
  const parcourir = (parent: string | null, profondeur: number) => {
    const liste = (enfants.get(parent) ?? []).sort((a, b) => a.ordre - b.ordre || ordreAlphabetique.compare(a.nom, b.nom));
    for (const l of liste) {
      resultat.push({ id: l.id, parentId: l.parentId, type: l.type, code: l.code, nom: l.nom, qpv: l.qpv, profondeur });
      parcourir(l.id, profondeur + 1);
    }
  };
  parcourir(null, 0);
  return resultat;
}
