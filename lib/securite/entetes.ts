/**
 * En-têtes de sécurité. La politique de contenu (CSP) porte un nonce tiré à chaque requête par le proxy :
 * Next.js l'applique à ses propres scripts, tout autre script (injecté) est refusé par le navigateur.
 * Les styles en ligne restent permis (attributs style des graphiques Recharts) : ils n'exécutent rien.
 */
export function politiqueDeContenu(nonce: string, options: { developpement?: boolean; originesFormulaire?: string[] } = {}): string {
  const scripts = [`'self'`, `'nonce-${nonce}'`, `'strict-dynamic'`, ...(options.developpement ? [`'unsafe-eval'`] : [])];
  return [
    `default-src 'self'`,
    `script-src ${scripts.join(" ")}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self' data:`,
    `connect-src 'self'${options.developpement ? " ws: wss:" : ""}`,
    `object-src 'none'`,
    `base-uri 'self'`,
    // la connexion ProConnect redirige, depuis une action de formulaire, vers le fournisseur d'identité
    `form-action 'self'${(options.originesFormulaire ?? []).map((o) => ` ${o}`).join("")}`,
    `frame-ancestors 'none'`,
  ].join("; ");
}

/** Nonce imprévisible (128 bits, base64). */
export function tirerNonce(): string {
  const octets = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...octets));
}

/** En-têtes fixes, posés sur toutes les réponses (next.config.js les reprend aussi pour les fichiers statiques). */
export const ENTETES_FIXES: Record<string, string> = {
  "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=()",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "same-origin",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** Origine du fournisseur ProConnect s'il est configuré (cible permise des formulaires). */
export function origineProConnect(issuer: string | undefined): string[] {
  if (!issuer) return [];
  try {
    return [new URL(issuer).origin];
  } catch {
    return [];
  }
}

/** En-tête interne : chemin demandé, pour le journal des accès refusés (réécrit par le proxy à chaque requête). */
export const ENTETE_CHEMIN = "x-pilote-chemin";
