import { describe, expect, it } from "vitest";
import { erreurDateSignature, erreursDatesContrat, finMaximale } from "./dates";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const contexte = { ouvertureDroits: d("2026-03-10"), parametres: { dureeMaxMois: 12 } };

describe("dates du contrat", () => {
  it("12 mois au plus : du 15/04/2026 au 14/04/2027 inclus, pas un jour de plus", () => {
    expect(finMaximale(d("2026-04-15"), 12)).toEqual(d("2027-04-14"));
    expect(erreursDatesContrat({ dateDebut: d("2026-04-15"), dateFin: d("2027-04-14") }, contexte)).toEqual({});
    expect(erreursDatesContrat({ dateDebut: d("2026-04-15"), dateFin: d("2027-04-15") }, contexte).dateFin?.[0]).toBe(
      "Un contrat dure au plus 12 mois : avec ce début, il finit au plus tard le 14/04/2027.",
    );
  });
  it("la durée maximale suit le paramètre du département", () => {
    expect(erreursDatesContrat({ dateDebut: d("2026-04-15"), dateFin: d("2026-12-01") }, { ...contexte, parametres: { dureeMaxMois: 6 } }).dateFin?.[0]).toMatch(/au plus 6 mois/);
  });
  it("refuse un début avant l'ouverture des droits, et une fin avant le début", () => {
    expect(erreursDatesContrat({ dateDebut: d("2026-03-09"), dateFin: d("2026-09-01") }, contexte).dateDebut?.[0]).toBe("Le contrat ne peut pas commencer avant l'ouverture des droits (10/03/2026).");
    expect(erreursDatesContrat({ dateDebut: d("2026-05-01"), dateFin: d("2026-04-01") }, contexte).dateFin?.[0]).toBe("La fin du contrat doit suivre son début.");
  });
  it("la signature n'est ni antérieure à la création ni dans le futur", () => {
    const c = { creeLe: new Date("2026-11-20T15:30:00Z"), aujourdHui: new Date("2026-11-30T09:00:00Z") };
    expect(erreurDateSignature(d("2026-11-20"), c)).toBeNull();
    expect(erreurDateSignature(d("2026-11-19"), c)).toMatch(/précéder la création/);
    expect(erreurDateSignature(d("2026-12-01"), c)).toMatch(/futur/);
  });
});
