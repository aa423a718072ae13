import { describe, expect, it } from "vitest";
import { atteinte, justificationManquante, montantCourant, refusPaiement, refusTransition, sortiesExcessives, type EtatConvention } from "./convention";

const base: EtatConvention = { statut: "INSTRUCTION", cpDate: null, cpRapport: null, dateSignature: null, montantCourant: 6_755_000, paye: 0, prevuNonMandate: 0 };

describe("montant d'une convention", () => {
  it("ajoute les avenants au montant initial (fiche 1-1 : 365 238 + 77 760)", () => {
    expect(montantCourant(36_523_800, [7_776_000])).toBe(44_299_800);
    expect(montantCourant(null, [100])).toBeNull();
  });
});

describe("paiements", () => {
  it("accepte jusqu'au montant exact, refuse au-delà", () => {
    expect(refusPaiement(40_000_000, 12_000_000, 28_000_000)).toBeNull();
    expect(refusPaiement(40_000_000, 12_000_000, 28_000_001)).toBe("Ce paiement dépasserait le montant de la convention : il reste 280\u00a0000,00\u00a0€ à programmer.");
  });
  it("refuse un montant nul ou une convention sans montant", () => {
    expect(refusPaiement(100, 0, 0)).toBe("Le montant du paiement doit être positif.");
    expect(refusPaiement(null, 0, 10)).toMatch(/n'est pas renseigné/);
  });
});

describe("cycle de vie", () => {
  it("exige la décision de la Commission permanente pour passer à « votée »", () => {
    expect(refusTransition(base, "VOTEE")).toMatch(/Commission permanente/);
    expect(refusTransition({ ...base, cpDate: new Date("2018-09-14"), cpRapport: "35" }, "VOTEE")).toBeNull();
  });
  it("interdit de sauter une étape ou de revenir en arrière", () => {
    expect(refusTransition(base, "EN_EXECUTION")).toMatch(/ne peut pas passer/);
    expect(refusTransition({ ...base, statut: "SOLDEE" }, "EN_EXECUTION")).toMatch(/ne peut pas passer/);
  });
  it("ne solde qu'une convention entièrement mandatée, sans paiement en attente", () => {
    const enCours = { ...base, statut: "EN_EXECUTION" as const };
    expect(refusTransition({ ...enCours, paye: 6_755_000 }, "SOLDEE")).toBeNull();
    expect(refusTransition({ ...enCours, paye: 5_000_000 }, "SOLDEE")).toMatch(/entièrement mandaté/);
    expect(refusTransition({ ...enCours, paye: 5_000_000, prevuNonMandate: 1_755_000 }, "SOLDEE")).toMatch(/pas mandatés/);
  });
  it("permet la résiliation avant le solde", () => {
    expect(refusTransition({ ...base, statut: "SIGNEE" }, "RESILIEE")).toBeNull();
  });
});

describe("indicateurs", () => {
  it("rapporte la valeur à la cible", () => {
    expect(atteinte(40, 38)).toBe(0.95);
    expect(atteinte(null, 3)).toBeNull();
  });
});

describe("bilans", () => {
  it("exige une justification quand la valeur est sous la cible", () => {
    expect(justificationManquante(40, 38, null)).toBe(true);
    expect(justificationManquante(40, 38, "Deux abandons en fin d'année")).toBe(false);
    expect(justificationManquante(40, 45, null)).toBe(false);
    expect(justificationManquante(null, 3, null)).toBe(false);
  });
  it("refuse plus de sorties que de participants", () => {
    expect(sortiesExcessives(61, [8, 34, 19])).toBe(false);
    expect(sortiesExcessives(10, [8, 3])).toBe(true);
  });
});
