import { describe, expect, it } from "vitest";
import { motifExpiration, reglesDepuisMinutes } from "./session";

const regles = reglesDepuisMinutes(30, 10);
const h = (heures: number) => heures * 3_600_000;
const min = (minutes: number) => minutes * 60_000;

describe("expiration de session", () => {
  it("garde une session active et récente", () => {
    expect(motifExpiration({ connecteA: 0, derniereActivite: min(50) }, min(60), regles)).toBeNull();
  });
  it("expire après 30 minutes sans activité", () => {
    expect(motifExpiration({ connecteA: 0, derniereActivite: min(10) }, min(40), regles)).toBe("inactivite");
    expect(motifExpiration({ connecteA: 0, derniereActivite: min(10) }, min(39), regles)).toBeNull();
  });
  it("expire après la durée maximale même avec une activité continue", () => {
    expect(motifExpiration({ connecteA: 0, derniereActivite: h(10) - 1 }, h(10), regles)).toBe("duree-maximale");
  });
});
