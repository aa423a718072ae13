import { describe, expect, it } from "vitest";
import { finSuspension, montantRestituable, montantRsaFoyer, montantSuspendu, verifierBareme, type SaisieSanction } from "./bareme";

const s = (x: Partial<SaisieSanction>): SaisieSanction => ({ type: "SUSPENSION_REMOBILISATION", recidive: false, personnesFoyer: 1, pourcentage: 50, dureeMois: 1, ...x });

describe("barème 2025 : suspension-remobilisation", () => {
  // [cas, saisie, champ en erreur attendu ou null]
  const cas: [string, Partial<SaisieSanction>, "pourcentage" | "dureeMois" | "type" | null][] = [
    ["premier manquement, personne seule, 30 % (borne basse)", { pourcentage: 30 }, null],
    ["premier manquement, personne seule, 29 % (sous la borne)", { pourcentage: 29 }, "pourcentage"],
    ["premier manquement, personne seule, 100 % (borne haute)", { pourcentage: 100 }, null],
    ["premier manquement, personne seule, 101 %", { pourcentage: 101 }, "pourcentage"],
    ["premier manquement, foyer de 2, 50 % (plafond)", { personnesFoyer: 2, pourcentage: 50 }, null],
    ["premier manquement, foyer de 2, 51 %", { personnesFoyer: 2, pourcentage: 51 }, "pourcentage"],
    ["premier manquement, foyer de 2, 30 %", { personnesFoyer: 2, pourcentage: 30 }, null],
    ["premier manquement, foyer de 4, 29 %", { personnesFoyer: 4, pourcentage: 29 }, "pourcentage"],
    ["premier manquement, 1 mois (borne basse)", { dureeMois: 1 }, null],
    ["premier manquement, 0 mois", { dureeMois: 0 }, "dureeMois"],
    ["premier manquement, 2 mois (borne haute)", { dureeMois: 2 }, null],
    ["premier manquement, 3 mois", { dureeMois: 3 }, "dureeMois"],
    ["manquement renouvelé, 4 mois (borne haute)", { recidive: true, dureeMois: 4 }, null],
    ["manquement renouvelé, 5 mois", { recidive: true, dureeMois: 5 }, "dureeMois"],
    ["manquement renouvelé, 1 mois", { recidive: true, dureeMois: 1 }, null],
    ["manquement renouvelé, foyer de 3, 100 %", { recidive: true, personnesFoyer: 3, pourcentage: 100 }, "pourcentage"],
    ["manquement renouvelé, personne seule, 100 %", { recidive: true, pourcentage: 100, dureeMois: 4 }, null],
    ["sans part", { pourcentage: null }, "pourcentage"],
    ["sans durée", { dureeMois: null }, "dureeMois"],
  ];
  it.each(cas)("%s", (_nom, saisie, champ) => {
    const erreurs = verifierBareme(s(saisie));
    if (champ === null) expect(erreurs).toEqual({});
    else expect(erreurs[champ]).toMatch(/./);
  });

  it("le message d'un dépassement du plafond du foyer est explicite", () => {
    expect(verifierBareme(s({ personnesFoyer: 2, pourcentage: 80 })).pourcentage).toBe("Pour un foyer de plus d'une personne, la part ne peut dépasser 50 % (saisi : 80 %).");
    expect(verifierBareme(s({ dureeMois: 3 })).dureeMois).toBe("Pour un premier manquement, la suspension dure de 1 à 2 mois (saisi : 3).");
  });
});

describe("barème 2025 : suppression", () => {
  it.each([
    ["partielle au premier manquement", { type: "SUPPRESSION_PARTIELLE", recidive: false }, "type"],
    ["totale au premier manquement", { type: "SUPPRESSION_TOTALE", recidive: false }, "type"],
    ["partielle, manquement renouvelé, personne seule, 100 %", { type: "SUPPRESSION_PARTIELLE", recidive: true, pourcentage: 100, dureeMois: null }, null],
    ["partielle, manquement renouvelé, foyer de 2, 50 %", { type: "SUPPRESSION_PARTIELLE", recidive: true, personnesFoyer: 2, pourcentage: 50, dureeMois: null }, null],
    ["partielle, manquement renouvelé, foyer de 2, 60 %", { type: "SUPPRESSION_PARTIELLE", recidive: true, personnesFoyer: 2, pourcentage: 60, dureeMois: null }, "pourcentage"],
    ["partielle, manquement renouvelé, 20 %", { type: "SUPPRESSION_PARTIELLE", recidive: true, pourcentage: 20, dureeMois: null }, "pourcentage"],
    ["totale, manquement renouvelé, personne seule", { type: "SUPPRESSION_TOTALE", recidive: true, pourcentage: null, dureeMois: null }, null],
    ["totale, manquement renouvelé, foyer de 2", { type: "SUPPRESSION_TOTALE", recidive: true, personnesFoyer: 2, pourcentage: null, dureeMois: null }, "type"],
  ] as [string, Partial<SaisieSanction>, "type" | "pourcentage" | null][])("%s", (_nom, saisie, champ) => {
    const erreurs = verifierBareme(s(saisie));
    if (champ === null) expect(erreurs).toEqual({});
    else expect(erreurs[champ]).toMatch(/./);
  });

  it("maintien, réorientation et rétablissement ne sont pas soumis au barème", () => {
    for (const type of ["MAINTIEN", "REORIENTATION", "RETABLISSEMENT"] as const) expect(verifierBareme(s({ type, pourcentage: null, dureeMois: null }))).toEqual({});
  });
});

describe("montants", () => {
  it("RSA du foyer : forfait, +50 % pour la 2e personne, +30 % ensuite", () => {
    expect(montantRsaFoyer(64652, 1)).toBe(64652);
    expect(montantRsaFoyer(64652, 2)).toBe(96978);
    expect(montantRsaFoyer(64652, 3)).toBe(116374);
  });
  it("sommes suspendues et restitution plafonnée à trois mois de RSA", () => {
    expect(montantSuspendu("SUSPENSION_REMOBILISATION", 50, 2, 64652)).toBe(64652);
    expect(montantSuspendu("MAINTIEN", 50, 2, 64652)).toBe(0);
    expect(montantRestituable(64652, 64652)).toBe(64652);
    expect(montantRestituable(4 * 64652, 64652)).toBe(3 * 64652);
  });
  it("fin de suspension", () => {
    expect(finSuspension(new Date("2026-01-31T00:00:00Z"), 1).toISOString().slice(0, 10)).toBe("2026-03-02");
    expect(finSuspension(new Date("2026-03-01T00:00:00Z"), 2).toISOString().slice(0, 10)).toBe("2026-04-30");
  });
});
