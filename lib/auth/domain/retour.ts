/**
 * Chemin de retour après connexion. On le résout comme le ferait le navigateur (analyseur d'URL
 * WHATWG : « \ » vaut « / », tabulations et retours à la ligne sont retirés) contre une origine fictive,
 * et on ne l'accepte que s'il reste sur cette origine. On renvoie la forme normalisée, jamais la saisie :
 * ce qui est redirigé est exactement ce qui a été vérifié.
 */
const ORIGINE_FICTIVE = "http://pilote-insertion.invalid";

export function cheminDeRetour(retour: string | null | undefined): string {
  if (!retour || !retour.startsWith("/")) return "/";
  let url: URL;
  try {
    url = new URL(retour, ORIGINE_FICTIVE);
  } catch {
    return "/";
  }
  if (url.origin !== ORIGINE_FICTIVE) return "/";
  const chemin = `${url.pathname}${url.search}${url.hash}`;
  // le chemin normalisé doit lui aussi être relatif à l'origine (« //x » serait relu comme un hôte)
  if (!chemin.startsWith("/") || chemin.startsWith("//") || chemin.startsWith("/\\")) return "/";
  if (url.pathname === "/connexion" || url.pathname.startsWith("/connexion/")) return "/";
  return chemin;
}
