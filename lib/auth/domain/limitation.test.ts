import { describe, expect, it } from "vitest";
import { connexionBloquee, ECHECS_MAX_PAR_COURRIEL, ECHECS_MAX_PAR_IP } from "./limitation";

describe("limitation des connexions", () => {
  it("laisse passer sous les seuils", () => {
    expect(connexionBloquee(ECHECS_MAX_PAR_COURRIEL - 1, ECHECS_MAX_PAR_IP - 1)).toBe(false);
  });
  it("bloque au cinquième échec pour un même courriel", () => {
    expect(connexionBloquee(ECHECS_MAX_PAR_COURRIEL, 0)).toBe(true);
  });
  it("bloque une adresse IP qui essaie trop de comptes", () => {
    expect(connexionBloquee(0, ECHECS_MAX_PAR_IP)).toBe(true);
  });
});
