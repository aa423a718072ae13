import "server-only";
import type { Contexte } from "@/lib/contexte";

type NomDepartement = { nom: string; nomCourt: string; code: string };

// Le nom du département s'affiche dans l'en-tête de chaque page ; il ne change pour ainsi dire jamais :
// gardé en mémoire du processus cinq minutes (une requête de moins par page).
const DUREE_MS = 5 * 60_000;
const memoire = new Map<string, { expire: number; valeur: Promise<NomDepartement> }>();

export async function nomDepartement({ acteur, db }: Contexte): Promise<NomDepartement> {
  const maintenant = Date.now();
  const existant = memoire.get(acteur.departementId);
  if (existant && existant.expire > maintenant) return existant.valeur;
  const valeur = db.departement.findUniqueOrThrow({ where: { id: acteur.departementId }, select: { nom: true, nomCourt: true, code: true } });
  memoire.set(acteur.departementId, { expire: maintenant + DUREE_MS, valeur });
  valeur.catch(() => memoire.delete(acteur.departementId));
  return valeur;
}
