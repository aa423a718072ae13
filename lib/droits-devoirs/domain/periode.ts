// Période du tableau de bord des droits et devoirs : les n derniers mois, de 1 à 36. Une valeur illisible ou
// hors de portée dans l'URL montre 12 mois, et la page le DIT (comme lireAnnee pour les années) au lieu de
// montrer silencieusement autre chose que ce qui est demandé.

export const MOIS_MIN = 1;
export const MOIS_MAX = 36;
export const MOIS_DEFAUT = 12;

export interface MoisRetenus {
  mois: number;
  /** phrase à afficher à côté du filtre quand la période montrée n'est pas celle demandée ; null sinon */
  avis: string | null;
}

export function lireMois(brut: unknown): MoisRetenus {
  const texte = typeof brut === "number" ? String(brut) : typeof brut === "string" ? brut.trim() : "";
  if (texte === "") return { mois: MOIS_DEFAUT, avis: null };
  const montre = texte.length > 20 ? `${texte.slice(0, 20)}…` : texte;
  if (!/^\d{1,6}$/.test(texte)) return { mois: MOIS_DEFAUT, avis: `« ${montre} » n'est pas un nombre de mois : affichage des ${MOIS_DEFAUT} derniers mois.` };
  const demande = Number(texte);
  if (demande >= MOIS_MIN && demande <= MOIS_MAX) return { mois: demande, avis: null };
  return { mois: MOIS_DEFAUT, avis: `Une période de ${demande} mois n'est pas disponible (de ${MOIS_MIN} à ${MOIS_MAX} mois) : affichage des ${MOIS_DEFAUT} derniers mois.` };
}
