/**
 * Adresse IP du client. Par défaut, celle de la connexion TCP (posée par le serveur dans l'en-tête
 * ENTETE_IP_SOCKET, que le client ne peut pas fixer : il est réécrit à chaque requête). Derrière N
 * mandataires inverses de confiance (PROXIES_DE_CONFIANCE=N), on remonte de N crans dans
 * X-Forwarded-For : chaque mandataire ajoute à droite l'adresse qu'il voit, seules les N dernières
 * valeurs (et la socket) sont fiables ; ce que le client a écrit à gauche est ignoré.
 */
export const ENTETE_IP_SOCKET = "x-pilote-ip-socket";

export function adresseClient(entree: { socket: string | null; xForwardedFor: string | null; proxiesDeConfiance: number }): string | null {
  const socket = normaliser(entree.socket);
  const n = Math.max(0, Math.floor(entree.proxiesDeConfiance));
  if (n === 0) return socket;
  const chaine = (entree.xForwardedFor ?? "")
    .split(",")
    .map((v) => normaliser(v))
    .filter((v): v is string => v !== null);
  if (socket) chaine.push(socket);
  // la socket est le dernier mandataire ; on remonte de n crans depuis la droite
  const indice = chaine.length - 1 - n;
  return indice >= 0 ? chaine[indice]! : (chaine[0] ?? null);
}

function normaliser(valeur: string | null | undefined): string | null {
  const v = valeur?.trim();
  if (!v) return null;
  // ::ffff:127.0.0.1 (IPv4 vue par une socket IPv6) → 127.0.0.1 ; jamais plus de 64 caractères
  const sansPrefixe = v.startsWith("::ffff:") && v.includes(".") ? v.slice(7) : v;
  return /^[0-9a-fA-F:.]{2,64}$/.test(sansPrefixe) ? sansPrefixe : null;
}
