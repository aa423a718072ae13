// Codes à usage unique fondés sur le temps (TOTP, RFC 6238 : HMAC-SHA1, pas de 30 s, 6 chiffres).
// Pur (node:crypto seulement) : testé contre les vecteurs de la RFC.
import { createHmac, randomBytes } from "node:crypto";

export const PAS_SECONDES = 30;
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export function encoderBase32(octets: Uint8Array): string {
  let bits = 0;
  let valeur = 0;
  let sortie = "";
  for (const o of octets) {
    valeur = (valeur << 8) | o;
    bits += 8;
    while (bits >= 5) {
      sortie += ALPHABET[(valeur >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) sortie += ALPHABET[(valeur << (5 - bits)) & 31];
  return sortie;
}

export function decoderBase32(texte: string): Buffer {
  const propre = texte.toUpperCase().replace(/[\s=-]/g, "");
  let bits = 0;
  let valeur = 0;
  const octets: number[] = [];
  for (const c of propre) {
    const i = ALPHABET.indexOf(c);
    if (i < 0) throw new Error("Clé base32 invalide");
    valeur = (valeur << 5) | i;
    bits += 5;
    if (bits >= 8) {
      octets.push((valeur >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(octets);
}

/** Nouvelle clé secrète (160 bits), en base32 pour la saisie dans une application d'authentification. */
export function genererSecret(): string {
  return encoderBase32(randomBytes(20));
}

export function pasDuTemps(instant: number): number {
  return Math.floor(instant / 1000 / PAS_SECONDES);
}

/** Code HOTP (RFC 4226) pour un compteur donné. */
export function codePourPas(secret: Buffer, pas: number, chiffres = 6): string {
  const compteur = Buffer.alloc(8);
  compteur.writeBigUInt64BE(BigInt(pas));
  const hmac = createHmac("sha1", secret).update(compteur).digest();
  const decalage = hmac[hmac.length - 1]! & 0x0f;
  const binaire = ((hmac[decalage]! & 0x7f) << 24) | (hmac[decalage + 1]! << 16) | (hmac[decalage + 2]! << 8) | hmac[decalage + 3]!;
  return String(binaire % 10 ** chiffres).padStart(chiffres, "0");
}

/**
 * Vérifie un code à ±1 pas (horloges décalées de 30 s au plus). Renvoie le pas accepté, ou null.
 * `dernierPas` : pas du dernier code accepté ; un code déjà utilisé (ou plus ancien) est refusé.
 */
export function verifierCode(secretBase32: string, code: string, instant: number, dernierPas: number | null = null): number | null {
  const saisi = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(saisi)) return null;
  const secret = decoderBase32(secretBase32);
  const courant = pasDuTemps(instant);
  for (const pas of [courant - 1, courant, courant + 1]) {
    if (dernierPas !== null && pas <= dernierPas) continue;
    if (codePourPas(secret, pas) === saisi) return pas;
  }
  return null;
}

/** Adresse otpauth:// à saisir (ou scanner) dans l'application d'authentification. */
export function adresseOtpauth(secretBase32: string, compte: string, emetteur = "Pilote Insertion"): string {
  const libelle = encodeURIComponent(`${emetteur}:${compte}`);
  return `otpauth://totp/${libelle}?secret=${secretBase32}&issuer=${encodeURIComponent(emetteur)}&algorithm=SHA1&digits=6&period=${PAS_SECONDES}`;
}

/** Le département exige-t-il un second facteur pour ce rôle ? (administrateurs et chargés de mission) */
export function totpExigePourRole(role: string, totpObligatoire: boolean): boolean {
  return totpObligatoire && (role === "ADMIN" || role === "CHARGE_MISSION");
}
