import { afterEach, describe, expect, it, vi } from "vitest";
import { decoderJeton, encoderJeton } from "./jeton";

const secret = "un-secret-de-test-assez-long-pour-hkdf";
const salt = "authjs.session-token";

describe("jeton de session (AES-256-GCM)", () => {
  afterEach(() => vi.useRealTimers());

  it("relit la charge chiffrée, avec iat, exp et jti", async () => {
    vi.useFakeTimers({ now: new Date("2026-11-30T10:00:00Z") });
    const jeton = await encoderJeton({ token: { utilisateurId: "u1", sid: "s1" }, secret, salt, maxAge: 1800 });
    expect(jeton).toMatch(/^pi1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(jeton).not.toContain("u1"); // chiffré, pas seulement encodé
    const charge = await decoderJeton({ token: jeton, secret, salt });
    const iat = Date.parse("2026-11-30T10:00:00Z") / 1000;
    expect(charge).toMatchObject({ utilisateurId: "u1", sid: "s1", iat, exp: iat + 1800 });
    expect(typeof charge?.jti).toBe("string");
  });

  it("deux jetons de la même charge diffèrent (iv et jti tirés au sort)", async () => {
    const a = await encoderJeton({ token: { x: 1 }, secret, salt });
    const b = await encoderJeton({ token: { x: 1 }, secret, salt });
    expect(a).not.toBe(b);
  });

  it("refuse un jeton falsifié, tronqué, d'un autre usage, d'un autre secret ou d'un autre format", async () => {
    const jeton = await encoderJeton({ token: { role: "REFERENT" }, secret, salt });
    const [v, iv, chiffre, etiquette] = jeton.split(".");
    const octets = Buffer.from(chiffre!, "base64url");
    octets[0] = (octets[0] ?? 0) ^ 1;
    expect(await decoderJeton({ token: [v, iv, octets.toString("base64url"), etiquette].join("."), secret, salt })).toBeNull();
    expect(await decoderJeton({ token: [v, iv, chiffre].join("."), secret, salt })).toBeNull();
    expect(await decoderJeton({ token: `pi2.${iv}.${chiffre}.${etiquette}`, secret, salt })).toBeNull();
    expect(await decoderJeton({ token: jeton, secret, salt: "authjs.pkce.code_verifier" })).toBeNull();
    expect(await decoderJeton({ token: jeton, secret: "autre-secret", salt })).toBeNull();
    expect(await decoderJeton({ token: "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..a.b.c", secret, salt })).toBeNull();
    expect(await decoderJeton({ token: "", secret, salt })).toBeNull();
  });

  it("refuse un jeton expiré (au-delà de 15 s de tolérance d'horloge)", async () => {
    vi.useFakeTimers({ now: new Date("2026-11-30T10:00:00Z") });
    const jeton = await encoderJeton({ token: { a: 1 }, secret, salt, maxAge: 60 });
    vi.setSystemTime(new Date("2026-11-30T10:01:10Z"));
    expect(await decoderJeton({ token: jeton, secret, salt })).not.toBeNull();
    vi.setSystemTime(new Date("2026-11-30T10:01:16Z"));
    expect(await decoderJeton({ token: jeton, secret, salt })).toBeNull();
  });

  it("rotation du secret : un jeton de l'ancien secret se lit encore, les nouveaux sont du premier", async () => {
    const ancien = await encoderJeton({ token: { a: 1 }, secret: "ancien-secret", salt });
    expect(await decoderJeton({ token: ancien, secret: ["nouveau-secret", "ancien-secret"], salt })).toMatchObject({ a: 1 });
    const neuf = await encoderJeton({ token: { a: 2 }, secret: ["nouveau-secret", "ancien-secret"], salt });
    expect(await decoderJeton({ token: neuf, secret: "nouveau-secret", salt })).toMatchObject({ a: 2 });
    expect(await decoderJeton({ token: neuf, secret: "ancien-secret", salt })).toBeNull();
  });
});
