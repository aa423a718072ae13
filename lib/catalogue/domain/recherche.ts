// Traduction d'une saisie libre en requête plein texte PostgreSQL (to_tsquery), sans injection :
// seuls les lettres et chiffres sont gardés ; chaque mot devient un préfixe (« mobil » trouve « mobilité »).
// Les lettres isolées (élisions) sont écartées.

const MOTS_MAX = 8;

export function requetePleinTexte(saisie: string): string | null {
  const mots = saisie
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    // une lettre seule vient d'une élision (« d'enfants », « l'emploi ») : elle ne discrimine rien
    .filter((m) => m.length > 1 || /\p{N}/u.test(m))
    .slice(0, MOTS_MAX);
  if (mots.length === 0) return null;
  return mots.map((m) => `${m}:*`).join(" & ");
}
