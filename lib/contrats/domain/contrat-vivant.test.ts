import { describe, expect, it } from "vitest";
import { estContratVivant, STATUTS_CONTRAT_VIVANT } from "./contrat-vivant";

describe("contrat vivant", () => {
  const jour = new Date("2026-06-15T10:00:00Z");
  it("un brouillon n'est jamais un contrat vivant, même en cours de validité", () => {
    expect(estContratVivant({ statut: "BROUILLON", dateFin: new Date("2027-01-01") }, jour)).toBe(false);
  });
  it("signé, validé ou en cours : vivant jusqu'au jour de fin inclus", () => {
    for (const statut of STATUTS_CONTRAT_VIVANT) {
      expect(estContratVivant({ statut, dateFin: new Date("2026-06-15T00:00:00Z") }, jour)).toBe(true);
      expect(estContratVivant({ statut, dateFin: new Date("2026-06-14T00:00:00Z") }, jour)).toBe(false);
    }
  });
  it("échu, rompu, renouvelé : plus vivant", () => {
    for (const statut of ["ECHU", "ROMPU", "RENOUVELE"] as const) expect(estContratVivant({ statut, dateFin: new Date("2027-01-01") }, jour)).toBe(false);
  });
});
