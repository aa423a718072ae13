import { describe, expect, it } from "vitest";
import { effetSurParticipants, transitionPrescription } from "./cycle";

describe("cycle d'une prescription", () => {
  it("suit proposée → acceptée → entrée → sortie", () => {
    expect(transitionPrescription("PROPOSEE", "accepter")).toEqual({ ok: true, vers: "ACCEPTEE" });
    expect(transitionPrescription("ACCEPTEE", "entrer")).toEqual({ ok: true, vers: "ENTREE" });
    expect(transitionPrescription("ENTREE", "sortir")).toEqual({ ok: true, vers: "SORTIE" });
  });
  it("refuse une entrée sans acceptation, et une sortie sans entrée", () => {
    expect(transitionPrescription("PROPOSEE", "entrer")).toEqual({ ok: false, message: "Impossible depuis l'état « proposée »." });
    expect(transitionPrescription("ACCEPTEE", "sortir").ok).toBe(false);
    expect(transitionPrescription("REFUSEE", "accepter").ok).toBe(false);
  });
  it("compte les participants : +1 à l'entrée, −1 à la sortie ou à l'abandon après entrée", () => {
    expect(effetSurParticipants("ACCEPTEE", "ENTREE")).toBe(1);
    expect(effetSurParticipants("ENTREE", "SORTIE")).toBe(-1);
    expect(effetSurParticipants("ENTREE", "ABANDON")).toBe(-1);
    expect(effetSurParticipants("ACCEPTEE", "ABANDON")).toBe(0);
  });
});
