import { describe, expect, it } from "vitest";
import { bilanFinalEnRetard, evenementsBilan, transitionBilan } from "./cycle-bilan";

const J = (s: string) => new Date(`${s}T00:00:00Z`);

describe("bilan saisi en ligne", () => {
  it("brouillon → soumis → validé, ou renvoyé puis resoumis", () => {
    expect(transitionBilan("BROUILLON", "soumettre")).toEqual({ ok: true, vers: "SOUMIS" });
    expect(transitionBilan("SOUMIS", "renvoyer")).toEqual({ ok: true, vers: "RENVOYE" });
    expect(transitionBilan("RENVOYE", "soumettre")).toEqual({ ok: true, vers: "SOUMIS" });
    expect(transitionBilan("SOUMIS", "valider")).toEqual({ ok: true, vers: "VALIDE" });
    expect(transitionBilan("BROUILLON", "valider").ok).toBe(false);
    expect(transitionBilan("VALIDE", "renvoyer").ok).toBe(false);
  });
  it("la structure soumet, le département valide ou renvoie", () => {
    expect(evenementsBilan("SOUMIS", { structure: true, departement: false })).toEqual([]);
    expect(evenementsBilan("SOUMIS", { structure: false, departement: true })).toEqual(["valider", "renvoyer"]);
    expect(evenementsBilan("BROUILLON", { structure: true, departement: false })).toEqual(["soumettre"]);
  });
  it("signale le bilan final en retard 90 jours après la fin de la convention", () => {
    const fin = J("2026-06-30");
    expect(bilanFinalEnRetard(fin, [], J("2026-09-28"))).toBeNull();
    expect(bilanFinalEnRetard(fin, [], J("2026-09-29"))).toEqual(J("2026-09-28"));
    expect(bilanFinalEnRetard(fin, [{ type: "FINAL", statut: "BROUILLON" }], J("2026-11-30"))).not.toBeNull();
    expect(bilanFinalEnRetard(fin, [{ type: "FINAL", statut: "SOUMIS" }], J("2026-11-30"))).toBeNull();
    expect(bilanFinalEnRetard(fin, [{ type: "INTERMEDIAIRE", statut: "VALIDE" }], J("2026-11-30"))).not.toBeNull();
  });
});
