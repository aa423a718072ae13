import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, randomUUID } from "node:crypto";

/**
 * Chiffrement du jeton de session (cookie httpOnly) et des cookies de contrôle d'Auth.js (PKCE, state,
 * nonce de ProConnect) : AES-256-GCM de node:crypto, clé dérivée du secret par HKDF-SHA-256 une seule fois
 * par processus et par usage (le « sel » d'Auth.js est le nom du cookie).
 *
 * Pourquoi pas le codage par défaut d'Auth.js : il dérive la clé (HKDF) à chaque lecture et à chaque
 * écriture, chiffre en A256CBC-HS512 par WebCrypto (une dizaine d'opérations asynchrones : import des clés,
 * AES-CBC, HMAC, comparaison par une clé HMAC tirée au sort) ; le proxy et la page lisent et réécrivent le
 * jeton à chaque requête : ≈ 2 ms de processeur par page, 10 % d'une page simple (docs/decisions/2101).
 *
 * Format : « pi1.<iv>.<chiffré>.<étiquette> » (base64url) ; la charge est le JSON du jeton avec iat, exp
 * et jti. L'en-tête « pi1 » est authentifié (données associées) : changer d'algorithme = changer d'en-tête.
 * Un jeton illisible, falsifié, expiré ou d'un autre usage se lit comme « pas de jeton » (null).
 */
const VERSION = "pi1";
const DONNEES_ASSOCIEES = Buffer.from(VERSION);
const TOLERANCE_HORLOGE_S = 15;
const DUREE_PAR_DEFAUT_S = 30 * 24 * 60 * 60;

const cles = new Map<string, Buffer>();

function cle(secret: string, sel: string): Buffer {
  const repere = `${sel}\u0000${secret}`;
  let k = cles.get(repere);
  if (!k) {
    k = Buffer.from(hkdfSync("sha256", secret, sel, `Pilote Insertion : jeton (${sel})`, 32));
    cles.set(repere, k);
  }
  return k;
}

const secrets = (secret: string | string[]) => (Array.isArray(secret) ? secret : [secret]).filter(Boolean);

type Charge = Record<string, unknown>;

export interface ParametresEncodage {
  token?: Charge;
  secret: string | string[];
  salt: string;
  maxAge?: number;
}

export interface ParametresDecodage {
  token?: string;
  secret: string | string[];
  salt: string;
}

/** Chiffre la charge (avec iat, exp = maintenant + maxAge, jti) ; premier secret de la liste. */
export async function encoderJeton({ token = {}, secret, salt, maxAge = DUREE_PAR_DEFAUT_S }: ParametresEncodage): Promise<string> {
  const [premier] = secrets(secret);
  if (!premier) throw new Error("secret de session manquant");
  const maintenant = Math.floor(Date.now() / 1000);
  const charge = JSON.stringify({ ...token, iat: maintenant, exp: maintenant + maxAge, jti: randomUUID() });
  const iv = randomBytes(12);
  const chiffreur = createCipheriv("aes-256-gcm", cle(premier, salt), iv);
  chiffreur.setAAD(DONNEES_ASSOCIEES);
  const chiffre = Buffer.concat([chiffreur.update(charge, "utf8"), chiffreur.final()]);
  return [VERSION, iv.toString("base64url"), chiffre.toString("base64url"), chiffreur.getAuthTag().toString("base64url")].join(".");
}

/** La charge du jeton, ou null (absent, mal formé, falsifié, autre usage, expiré). Essaie chaque secret (rotation). */
export async function decoderJeton({ token, secret, salt }: ParametresDecodage): Promise<Charge | null> {
  if (!token) return null;
  const [version, iv64, chiffre64, etiquette64, ...reste] = token.split(".");
  if (version !== VERSION || iv64 === undefined || chiffre64 === undefined || etiquette64 === undefined || reste.length) return null;
  const iv = Buffer.from(iv64, "base64url");
  const etiquette = Buffer.from(etiquette64, "base64url");
  if (iv.length !== 12 || etiquette.length !== 16) return null;
  const chiffre = Buffer.from(chiffre64, "base64url");
  for (const s of secrets(secret)) {
    let texte: string;
    try {
      const dechiffreur = createDecipheriv("aes-256-gcm", cle(s, salt), iv, { authTagLength: 16 });
      dechiffreur.setAAD(DONNEES_ASSOCIEES);
      dechiffreur.setAuthTag(etiquette);
      texte = Buffer.concat([dechiffreur.update(chiffre), dechiffreur.final()]).toString("utf8");
    } catch {
      continue; // autre secret, ou jeton falsifié
    }
    const charge = JSON.parse(texte) as Charge;
    if (typeof charge.exp !== "number" || charge.exp + TOLERANCE_HORLOGE_S < Date.now() / 1000) return null;
    return charge;
  }
  return null;
}
