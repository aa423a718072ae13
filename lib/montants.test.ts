import { describe, expect, it } from "vitest";
import { lireMontant, versSaisie } from "./montants";

describe("saisie d'un montant", () => {
  it("lit les écritures françaises usuelles", () => {
    expect(lireMontant("67 550,00")).toEqual({ ok: true, centimes: 6_755_000 });
    expect(lireMontant("67550")).toEqual({ ok: true, centimes: 6_755_000 });
    expect(lireMontant("1 000 000 €")).toEqual({ ok: true, centimes: 100_000_000 });
    expect(lireMontant("1.000.000,5")).toEqual({ ok: true, centimes: 100_000_050 });
    expect(lireMontant("12,3")).toEqual({ ok: true, centimes: 1_230 });
  });
  it("refuse avec un message en français", () => {
    expect(lireMontant("-10")).toEqual({ ok: false, message: "Le montant ne peut pas être négatif." });
    expect(lireMontant("12,345", "Le montant du paiement")).toEqual({ ok: false, message: "Le montant du paiement doit être un montant en euros, par exemple 67 550,00." });
    expect(lireMontant("beaucoup").ok).toBe(false);
    expect(lireMontant("").ok).toBe(false);
  });
  it("prépare une saisie à partir de centimes", () => {
    expect(versSaisie(6_755_000)).toBe("67550,00");
    expect(versSaisie(105n)).toBe("1,05");
  });
});
