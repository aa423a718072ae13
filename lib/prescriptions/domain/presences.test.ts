import { describe, expect, it } from "vitest";
import { lundiDe, refusPresence, tauxAssiduite } from "./presences";

describe("émargement", () => {
  it("désigne une semaine par son lundi", () => {
    expect(lundiDe(new Date("2026-11-30T00:00:00Z")).toISOString().slice(0, 10)).toBe("2026-11-30"); // lundi
    expect(lundiDe(new Date("2026-12-06T00:00:00Z")).toISOString().slice(0, 10)).toBe("2026-11-30"); // dimanche
    expect(lundiDe(new Date("2026-12-02T15:00:00Z")).toISOString().slice(0, 10)).toBe("2026-11-30");
  });
  it("refuse des heures pour une absence, ou au-delà de 60 h", () => {
    expect(refusPresence("PRESENT", 12)).toBeNull();
    expect(refusPresence("ABSENT", 3)).toMatch(/aucune heure/);
    expect(refusPresence("PRESENT", 61)).toMatch(/entre 0 et 60/);
  });
  it("taux d'assiduité : présences ÷ (présences + absences), les absences excusées ne comptent pas", () => {
    expect(tauxAssiduite([{ statut: "PRESENT" }, { statut: "PRESENT" }, { statut: "ABSENT" }, { statut: "EXCUSE" }])).toBeCloseTo(2 / 3);
    expect(tauxAssiduite([{ statut: "EXCUSE" }])).toBeNull();
  });
});
