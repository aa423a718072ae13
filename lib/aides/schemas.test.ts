import { describe, expect, it } from "vitest";
import { schemaDemandeAide, schemaEtapeAide } from "./schemas";

const saisie = { personneId: "p61-1-5-1", fonds: "FSI", typeAide: "FSI", objet: "Formation CACES", montant: "1 234,56", dateDemande: "2026-11-30" };

describe("saisie d'une demande d'aide", () => {
  it("lit un montant à la française et une date réelle", () => {
    const r = schemaDemandeAide.parse(saisie);
    expect([r.montant, r.dateDemande.toISOString().slice(0, 10), r.derogationFormation]).toEqual([123456, "2026-11-30", false]);
  });
  it("refuse une date qui n'existe pas, un caractère de contrôle et un fonds inconnu, avec des messages en français", () => {
    const r = schemaDemandeAide.safeParse({ ...saisie, dateDemande: "2026-02-31", objet: "abc\u0000", fonds: "RSA" });
    expect(r.success).toBe(false);
    const champs = r.error!.issues.map((i) => i.path.join("."));
    expect(champs.sort()).toEqual(["dateDemande", "fonds", "objet"]);
  });
  it("une étape : montant facultatif, version bornée", () => {
    expect(schemaEtapeAide.parse({ id: "aide-1", version: "2", evenement: "verser", date: "2026-11-30", montant: "" }).montant).toBeUndefined();
    expect(schemaEtapeAide.safeParse({ id: "aide-1", version: "99999999999", evenement: "verser", date: "2026-11-30" }).success).toBe(false);
  });
});
