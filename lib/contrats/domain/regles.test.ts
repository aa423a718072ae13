import { describe, expect, it } from "vitest";
import { erreursPlan, heuresHebdomadaires, modifiable, transition, type PlanContrat } from "./regles";

const plan = (heures: number[], autres: Partial<PlanContrat> = {}): PlanContrat => ({
  objectifs: [{ libelle: "Retrouver un emploi dans l'aide à domicile", activites: heures.map((h, i) => ({ libelle: `Activité ${i}`, heuresHebdo: h })) }],
  motifMinoration: null,
  motifExemption: null,
  heuresSalariees: null,
  ...autres,
});

describe("règle des 15 heures", () => {
  it("accepte un plan d'au moins 15 heures par semaine", () => {
    expect(erreursPlan(plan([6, 6, 3]))).toEqual({});
    expect(heuresHebdomadaires(plan([6, 6, 3]))).toBe(15);
  });

  it("refuse moins de 15 heures sans motif de minoration", () => {
    expect(erreursPlan(plan([4, 6]))).toEqual({ motifMinoration: ["Le plan prévoit 10\u00a0h par semaine, moins de 15 h : indiquez le motif de la minoration."] });
  });

  it("accepte moins de 15 heures avec un motif, mais jamais zéro", () => {
    expect(erreursPlan(plan([4, 6], { motifMinoration: "Reprise progressive après hospitalisation" }))).toEqual({});
    expect(erreursPlan(plan([0], { motifMinoration: "Reprise progressive" }))._?.[0]).toMatch(/Sans motif d'exemption/);
  });

  it("refuse un contrat sans heures ni motif d'exemption", () => {
    expect(erreursPlan(plan([]))._).toEqual(["Sans motif d'exemption, le contrat prévoit des heures d'activité : au moins 15 h par semaine, ou moins avec un motif de minoration."]);
  });

  it("accepte aucune heure hebdomadaire avec une exemption (parent isolé, santé…)", () => {
    expect(erreursPlan(plan([], { motifExemption: "PARENT_ISOLE" }))).toEqual({});
    expect(erreursPlan(plan([], { motifExemption: "CONVENANCE" })).motifExemption).toEqual(["Motif d'exemption inconnu."]);
  });

  it("plafonne activités et travail salarié à la durée légale", () => {
    expect(erreursPlan(plan([10, 5], { heuresSalariees: 20 }))).toEqual({});
    expect(erreursPlan(plan([10, 6], { heuresSalariees: 20 })).heuresSalariees?.[0]).toBe(
      "Avec 20\u00a0h de travail salarié, les activités ne peuvent pas dépasser 15\u00a0h par semaine (durée légale : 35 h).",
    );
  });

  it("exige au moins un objectif, et des libellés", () => {
    expect(erreursPlan({ objectifs: [], motifExemption: "SANTE", motifMinoration: null, heuresSalariees: null })._).toEqual(["Le contrat doit comporter au moins un objectif."]);
    const e = erreursPlan({ objectifs: [{ libelle: " ", activites: [{ libelle: "", heuresHebdo: 15 }] }], motifExemption: null, motifMinoration: null, heuresSalariees: null });
    expect(Object.keys(e).sort()).toEqual(["objectifs.0.activites.0.libelle", "objectifs.0.libelle"]);
  });
});

describe("cycle de vie du contrat", () => {
  it("suit brouillon → signé → validé → en cours → échu", () => {
    expect(transition("BROUILLON", "signer")).toEqual({ ok: true, vers: "SIGNE" });
    expect(transition("SIGNE", "valider")).toEqual({ ok: true, vers: "VALIDE" });
    expect(transition("VALIDE", "demarrer")).toEqual({ ok: true, vers: "EN_COURS" });
    expect(transition("EN_COURS", "echoir")).toEqual({ ok: true, vers: "ECHU" });
  });
  it("refuse de valider un brouillon non signé, avec un message clair", () => {
    expect(transition("BROUILLON", "valider")).toEqual({ ok: false, message: "Un contrat « brouillon » ne peut pas être validé." });
  });
  it("permet de rompre un contrat signé et de renouveler un contrat échu", () => {
    expect(transition("SIGNE", "rompre")).toEqual({ ok: true, vers: "ROMPU" });
    expect(transition("ECHU", "renouveler")).toEqual({ ok: true, vers: "RENOUVELE" });
    expect(transition("ROMPU", "renouveler").ok).toBe(false);
  });
  it("seul le brouillon se modifie", () => {
    expect(modifiable("BROUILLON")).toBe(true);
    expect(modifiable("SIGNE")).toBe(false);
  });
});

describe("schéma unique du contrat (client et serveur)", async () => {
  const { schemaContrat } = await import("../schemas");
  const base = { personneId: "p", dateDebut: "2026-12-01", dateFin: "2027-11-30", "objectifs[0].libelle": "Objectif", "objectifs[0].activites[0].libelle": "A", "objectifs[0].activites[0].categorie": "MEDICALE", "objectifs[0].activites[0].mode": "AUTONOME", "objectifs[0].activites[0].heuresHebdo": "15,5", "objectifs[0].activites[0].actionId": "act1", "objectifs[0].frein": "SANTE" };
  it("relit les listes déroulantes du plan telles qu'affichées", () => {
    const r = schemaContrat.parse(base);
    expect(r.objectifs[0]).toEqual({ libelle: "Objectif", frein: "SANTE", activites: [{ libelle: "A", categorie: "MEDICALE", mode: "AUTONOME", heuresHebdo: 15.5, actionId: "act1" }] });
  });
  it("un objectif de 10 000 caractères : un message à côté du champ, sous son chemin", () => {
    const r = schemaContrat.safeParse({ ...base, "objectifs[0].libelle": "x".repeat(10_000) });
    expect(r.success).toBe(false);
    const issue = r.error!.issues[0]!;
    expect(issue.path.join(".")).toBe("objectifs.0.libelle");
    expect(issue.message).toBe("L'objectif : 300 caractères au maximum (10\u202f000 saisis).");
  });
});
