import { describe, expect, it } from "vitest";
import { navigationPour } from "./navigation";

describe("navigation par rôle", () => {
  it("montre l'administration à l'administrateur seulement", () => {
    expect(navigationPour({ role: "ADMIN" }).map((e) => e.href)).toContain("/administration/journal");
    expect(navigationPour({ role: "REFERENT" }).map((e) => e.href)).not.toContain("/administration/journal");
    expect(navigationPour({ role: "LECTEUR" }).map((e) => e.href)).not.toContain("/administration/utilisateurs");
  });

  it("ne montre jamais deux fois la même entrée, et « Prescriptions » à ceux qui les lisent ou les suivent", () => {
    for (const role of ["ADMIN", "CHARGE_MISSION", "RESPONSABLE_TERRITOIRE", "REFERENT", "OPERATEUR", "LECTEUR"] as const) {
      const hrefs = navigationPour({ role }).map((e) => e.href);
      expect(new Set(hrefs).size, role).toBe(hrefs.length);
    }
    expect(navigationPour({ role: "OPERATEUR" }).map((e) => e.href)).toContain("/prescriptions");
    expect(navigationPour({ role: "REFERENT" }).map((e) => e.href)).toContain("/prescriptions");
  });
});
