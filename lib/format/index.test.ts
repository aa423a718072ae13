import { describe, expect, it } from "vitest";
import { formaterDate, formaterEuros, formaterNombre, formaterPourcentage } from "./index";

describe("formats fr-FR", () => {
  it("affiche les montants en euros avec virgule et espaces", () => {
    expect(formaterEuros(6_755_000)).toBe("67\u00a0550,00\u00a0€");
    expect(formaterEuros(521_831_000n)).toBe("5\u00a0218\u00a0310,00\u00a0€");
  });
  it("affiche les dates au format jj/mm/aaaa", () => {
    expect(formaterDate(new Date("2018-09-14T00:00:00Z"))).toBe("14/09/2018");
    expect(formaterDate(null)).toBe("—");
  });
  it("affiche nombres et pourcentages", () => {
    expect(formaterNombre(71719)).toBe("71\u00a0719");
    expect(formaterPourcentage(0.755)).toBe("75,5\u00a0%");
  });
});
