import { describe, expect, it } from "vitest";
import { ageAu, evenementsPossibles, transitionAide, verifierDemande, type DemandeAVerifier } from "./regles";

const J = (s: string) => new Date(`${s}T00:00:00Z`);
const base: DemandeAVerifier = { fonds: "FSI", typeAide: "FSI", montantCentimes: 25_000, dateNaissance: J("1980-05-01"), dateDemande: J("2026-11-30"), derogationFormation: false, statutContrat: null };

describe("cycle d'une aide financière", () => {
  it("suit demande → instruction → décision → versement", () => {
    expect(transitionAide("DEMANDEE", "instruire")).toEqual({ ok: true, vers: "EN_INSTRUCTION" });
    expect(transitionAide("EN_INSTRUCTION", "accorder")).toEqual({ ok: true, vers: "ACCORDEE" });
    expect(transitionAide("ACCORDEE", "verser")).toEqual({ ok: true, vers: "VERSEE" });
    expect(transitionAide("AJOURNEE", "reprendre")).toEqual({ ok: true, vers: "EN_INSTRUCTION" });
  });
  it("refuse de décider sans instruction et de verser une aide refusée", () => {
    expect(transitionAide("DEMANDEE", "accorder").ok).toBe(false);
    expect(transitionAide("REFUSEE", "verser").ok).toBe(false);
    expect(transitionAide("VERSEE", "verser").ok).toBe(false);
    expect(evenementsPossibles("EN_INSTRUCTION")).toEqual(["accorder", "refuser", "ajourner"]);
  });
});

describe("conditions d'une demande", () => {
  it("calcule l'âge en années révolues", () => {
    expect(ageAu(J("2000-12-01"), J("2026-11-30"))).toBe(25);
    expect(ageAu(J("2000-11-30"), J("2026-11-30"))).toBe(26);
  });
  it("réserve le FAJD aux 18-25 ans", () => {
    expect(verifierDemande({ ...base, fonds: "FAJD", typeAide: "FAJD", dateNaissance: J("2000-12-01") })).toEqual({});
    expect(verifierDemande({ ...base, fonds: "FAJD", typeAide: "FAJD", dateNaissance: J("2000-11-30") }).fonds?.[0]).toMatch(/18 à 25 ans ; la personne a 26 ans/);
  });
  it("n'accepte le FAJD à 17 ans que par dérogation pour une formation", () => {
    const jeune = { ...base, fonds: "FAJD" as const, typeAide: "FAJD", dateNaissance: J("2009-06-01") };
    expect(verifierDemande(jeune).derogationFormation).toBeDefined();
    expect(verifierDemande({ ...jeune, derogationFormation: true })).toEqual({});
  });
  it("exige un contrat vivant pour une aide individuelle", () => {
    const ai = { ...base, fonds: "AIDE_INDIVIDUELLE" as const, typeAide: "AI_PERMIS" };
    expect(verifierDemande(ai).contratId).toBeDefined();
    expect(verifierDemande({ ...ai, statutContrat: "BROUILLON" }).contratId).toBeDefined();
    expect(verifierDemande({ ...ai, statutContrat: "EN_COURS" })).toEqual({});
  });
  it("refuse un type d'un autre fonds et un montant nul ou démesuré", () => {
    expect(verifierDemande({ ...base, typeAide: "FSL_ACCES" }).typeAide).toBeDefined();
    expect(verifierDemande({ ...base, montantCentimes: 0 }).montant).toBeDefined();
    expect(verifierDemande({ ...base, montantCentimes: 1_000_001 }).montant).toBeDefined();
  });
});
