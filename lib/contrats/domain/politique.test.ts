import { describe, expect, it } from "vitest";
import { decider, evenementsPermis, type ContratPolitique } from "./politique";

const contrat = (x: Partial<ContratPolitique> = {}): ContratPolitique => ({ statut: "BROUILLON", referentId: "ref", signataireId: null, rompuLe: null, statutAvantRupture: null, ...x });
const ctx = { maintenant: new Date("2026-11-30T12:00:00Z"), delaiAnnulationRuptureJours: 7 };
const referent = { id: "ref", role: "REFERENT" as const };
const admin = { id: "adm", role: "ADMIN" as const };
const responsable = { id: "resp", role: "RESPONSABLE_TERRITOIRE" as const };

describe("politique du contrat", () => {
  it("quatre yeux : ni le rédacteur ni le signataire ne valident", () => {
    expect(decider(admin, contrat({ statut: "SIGNE", referentId: "adm", signataireId: "adm" }), "valider", ctx)).toMatchObject({ ok: false, message: expect.stringMatching(/quatre yeux/) });
    expect(decider(admin, contrat({ statut: "SIGNE", referentId: "ref", signataireId: "adm" }), "valider", ctx).ok).toBe(false);
    expect(decider(admin, contrat({ statut: "SIGNE", referentId: "ref", signataireId: "ref" }), "valider", ctx).ok).toBe(true);
    expect(decider(responsable, contrat({ statut: "SIGNE" }), "valider", ctx).ok).toBe(true);
    expect(decider(referent, contrat({ statut: "SIGNE" }), "valider", ctx).ok).toBe(false);
  });
  it("seul un brouillon se modifie ; la page et la commande ont la même réponse", () => {
    expect(evenementsPermis(referent, contrat(), ctx)).toEqual({ modifier: true, signer: true, valider: false, rompre: false, annulerRupture: false, renouveler: false });
    expect(evenementsPermis(referent, contrat({ statut: "EN_COURS" }), ctx)).toEqual({ modifier: false, signer: false, valider: false, rompre: true, annulerRupture: false, renouveler: true });
  });
  it("une rupture s'annule par le responsable, dans le délai du département", () => {
    const rompu = contrat({ statut: "ROMPU", rompuLe: new Date("2026-11-25T10:00:00Z"), statutAvantRupture: "EN_COURS" });
    expect(decider(responsable, rompu, "annulerRupture", ctx).ok).toBe(true);
    expect(decider(referent, rompu, "annulerRupture", ctx).ok).toBe(false);
    expect(decider(responsable, rompu, "annulerRupture", { ...ctx, delaiAnnulationRuptureJours: 3 })).toMatchObject({ ok: false, message: expect.stringMatching(/plus de 3 jours/) });
    expect(decider(responsable, contrat({ statut: "ROMPU" }), "annulerRupture", ctx).ok).toBe(false); // rupture ancienne, sans trace de l'état d'avant
  });
});
