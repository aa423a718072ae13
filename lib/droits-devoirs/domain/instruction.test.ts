import { describe, expect, it } from "vitest";
import { dateLimiteObservations, transitionSituation, type EtatInstruction } from "./instruction";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const informee: EtatInstruction = { statut: "INFORMEE", informeeLe: d("2026-11-01"), dateLimiteObservations: d("2026-12-01"), observationsLe: null };

describe("délai des observations", () => {
  it("la date limite est n jours après l'information", () => {
    expect(dateLimiteObservations(d("2026-11-01"), 30).toISOString().slice(0, 10)).toBe("2026-12-01");
  });
  it("refuse l'avis le jour même de la date limite sans observations", () => {
    const r = transitionSituation(informee, "aviser", d("2026-12-01"));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain("01/12/2026");
  });
  it("accepte l'avis le lendemain de la date limite", () => {
    expect(transitionSituation(informee, "aviser", d("2026-12-02")).ok).toBe(true);
  });
  it("accepte l'avis avant la date limite si les observations sont reçues", () => {
    expect(transitionSituation({ ...informee, observationsLe: d("2026-11-10") }, "aviser", d("2026-11-11")).ok).toBe(true);
  });
  it("refuse l'information d'une situation qui n'est inscrite à aucune session", () => {
    expect(transitionSituation({ ...informee, statut: "A_EXAMINER", informeeLe: null, dateLimiteObservations: null }, "informer", d("2026-11-01")).ok).toBe(false);
  });
  it("refuse une décision sans avis", () => {
    expect(transitionSituation(informee, "decider", d("2027-01-01")).ok).toBe(false);
  });
});
