// Année (ou exercice) choisie dans l'URL d'un tableau : hors des années disponibles, le tableau montre
// l'année la plus proche qui l'est, et le DIT (issue 14 : « un filtre hors de portée le dit au lieu de
// montrer silencieusement autre chose »). Valeur illisible : l'année par défaut, avec le même avis.
import { z } from "zod";

export interface BornesAnnee {
  min: number;
  max: number;
  /** année montrée quand rien (ou rien de lisible) n'est demandé ; par défaut `max` */
  defaut?: number;
  /** « L'année », « L'exercice » */
  libelle?: string;
}

export interface AnneeRetenue {
  annee: number;
  /** phrase à afficher quand l'année montrée n'est pas celle demandée ; null sinon */
  avis: string | null;
}

/** L'année en cours à Paris (un 31 décembre à 23 h 30 UTC est déjà le 1er janvier à Paris). */
const formatAnneeParis = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", year: "numeric" });
export function anneeEnCours(maintenant = new Date()): number {
  return Number(formatAnneeParis.format(maintenant));
}

export function lireAnnee(brut: unknown, bornes: BornesAnnee): AnneeRetenue {
  const defaut = Math.min(Math.max(bornes.defaut ?? bornes.max, bornes.min), bornes.max);
  const libelle = bornes.libelle ?? "L'année";
  const texte = typeof brut === "number" ? String(brut) : typeof brut === "string" ? brut.trim() : "";
  if (texte === "") return { annee: defaut, avis: null };
  if (!/^\d{1,6}$/.test(texte)) {
    const montre = texte.length > 20 ? `${texte.slice(0, 20)}…` : texte;
    return { annee: defaut, avis: `« ${montre} » n'est pas une année : affichage de ${defaut}.` };
  }
  const demandee = Number(texte);
  if (demandee >= bornes.min && demandee <= bornes.max) return { annee: demandee, avis: null };
  const annee = demandee < bornes.min ? bornes.min : bornes.max;
  const plage = bornes.min === bornes.max ? `seule ${bornes.min} l'est` : `disponibles : de ${bornes.min} à ${bornes.max}`;
  return { annee, avis: `${libelle} ${demandee} n'est pas disponible (${plage}) : affichage de ${annee}.` };
}

/** Filtre zod (schémas de l'URL) : l'année retenue, jamais une erreur. `bornes` est lue à chaque analyse. */
export const filtreAnnee = (bornes: () => BornesAnnee) => z.unknown().optional().transform((v) => lireAnnee(v, bornes()).annee);
