import { describe, expect, it } from "vitest";
import { traduireErreurBase } from "@/lib/actions/erreurs-base";
import { ErreurIntrouvable } from "@/lib/errors";

describe("erreurs de la base traduites en français", () => {
  it.each([
    [{ code: "P2002", meta: { target: ["nom"] } }, /existe déjà/],
    [{ code: "P2003" }, /n'existe pas ou plus/],
    [{ code: "P2000" }, /trop longue/],
    [{ code: "P2010", cause: { originalCode: "22021" } }, /caractère non permis/],
    [{ code: "P2010", cause: { originalCode: "22003" } }, /hors des limites/],
    [{ message: 'invalid byte sequence for encoding "UTF8": 0x00' }, /caractère non permis/],
  ])("%o → message métier", (erreur, attendu) => {
    expect(traduireErreurBase(Object.assign(new Error("x"), erreur))?.messageUtilisateur).toMatch(attendu);
  });

  it("un enregistrement disparu devient « introuvable » (404)", () => {
    expect(traduireErreurBase(Object.assign(new Error("x"), { code: "P2025" }))).toBeInstanceOf(ErreurIntrouvable);
  });

  it("une panne inconnue reste une panne (page d'erreur avec référence)", () => {
    expect(traduireErreurBase(new Error("connexion perdue"))).toBeNull();
  });
});
