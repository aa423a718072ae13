import { describe, expect, it } from "vitest";
import { codePourPas, decoderBase32, encoderBase32, genererSecret, pasDuTemps, totpExigePourRole, verifierCode } from "./totp";

// Vecteurs de la RFC 6238 (annexe B), HMAC-SHA1, clé ASCII « 12345678901234567890 », 8 chiffres.
const CLE = Buffer.from("12345678901234567890", "ascii");
const VECTEURS: [number, string][] = [
  [59, "94287082"],
  [1111111109, "07081804"],
  [1111111111, "14050471"],
  [1234567890, "89005924"],
  [2000000000, "69279037"],
  [20000000000, "65353130"],
];

describe("TOTP (RFC 6238)", () => {
  it.each(VECTEURS)("donne le code de la RFC à l'instant %i", (secondes, attendu) => {
    expect(codePourPas(CLE, pasDuTemps(secondes * 1000), 8)).toBe(attendu);
  });

  it("encode et décode le base32 sans perte", () => {
    expect(encoderBase32(CLE)).toBe("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    expect(decoderBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).toEqual(CLE);
    const s = genererSecret();
    expect(s).toMatch(/^[A-Z2-7]{32}$/);
    expect(encoderBase32(decoderBase32(s))).toBe(s);
  });

  it("accepte le code courant et celui du pas voisin, refuse au-delà et le rejeu", () => {
    const secret = encoderBase32(CLE);
    const instant = 1_111_111_111_000;
    const pas = pasDuTemps(instant);
    const code = codePourPas(CLE, pas);
    expect(verifierCode(secret, code, instant)).toBe(pas);
    expect(verifierCode(secret, code, instant + 30_000)).toBe(pas);
    expect(verifierCode(secret, code, instant + 90_000)).toBeNull();
    expect(verifierCode(secret, code, instant, pas)).toBeNull(); // déjà utilisé
    expect(verifierCode(secret, "12345", instant)).toBeNull();
    expect(verifierCode(secret, "abcdef", instant)).toBeNull();
  });

  it("n'exige le second facteur que des administrateurs et chargés de mission, si le département le demande", () => {
    expect(totpExigePourRole("ADMIN", true)).toBe(true);
    expect(totpExigePourRole("CHARGE_MISSION", true)).toBe(true);
    expect(totpExigePourRole("REFERENT", true)).toBe(false);
    expect(totpExigePourRole("ADMIN", false)).toBe(false);
  });
});
