import { describe, expect, it } from "vitest";
import { paiementProgrammable, refusMandatement } from "./mandatement";

describe("mandatement d'un paiement de convention", () => {
  it("refuse avant la signature, et à une date antérieure à la signature", () => {
    expect(refusMandatement({ statut: "INSTRUCTION", dateSignature: null }, new Date("2026-03-01"))).toMatch(/après la signature/);
    expect(refusMandatement({ statut: "VOTEE", dateSignature: null }, new Date("2026-03-01"))).toMatch(/après la signature/);
    expect(refusMandatement({ statut: "SIGNEE", dateSignature: new Date("2026-03-10") }, new Date("2026-03-01"))).toBe("Le mandatement ne peut pas précéder la signature de la convention (10/03/2026).");
    expect(refusMandatement({ statut: "EN_EXECUTION", dateSignature: new Date("2026-03-10") }, new Date("2026-03-10"))).toBeNull();
  });
  it("pas de paiement programmé sur une convention en instruction", () => {
    expect(paiementProgrammable("INSTRUCTION")).toBe(false);
    expect(paiementProgrammable("VOTEE")).toBe(true);
  });
});
