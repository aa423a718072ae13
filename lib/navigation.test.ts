import { describe, expect, it } from "vitest";
import { navigationPour } from "./navigation";

describe("navigation par rôle", () => {
  it("montre l'administration à l'administrateur seulement", () => {
    expect(navigationPour({ role: "ADMIN" }).map((e) => e.href)).toContain("/administration/journal");
    expect(navigationPour({ role: "REFERENT" }).map((e) => e.href)).not.toContain("/administration/journal");
    expect(navigationPour({ role: "LECTEUR" }).map((e) => e.href)).not.toContain("/administration/utilisateurs");
  });
});
