import { describe, expect, it } from "vitest";
import { courrierDecision } from "./contenu";

describe("courrier de décision", () => {
  it("porte la décision, la part, la durée, le montant, la restitution et les voies de recours", () => {
    const c = courrierDecision({
      departement: "Département des Bouches-du-Rhône",
      personne: { civilite: "Madame", nom: "Martin", prenom: "Amina", numeroAllocataire: "1301000042" },
      libelleDecision: "Suspension-remobilisation",
      type: "SUSPENSION_REMOBILISATION",
      pourcentage: 50,
      dureeMois: 2,
      dateEffet: new Date("2026-12-01T00:00:00Z"),
      dateFin: new Date("2027-01-31T00:00:00Z"),
      montantSuspendu: 64652,
      motifs: "Absences répétées sans excuse.",
      decideur: "Jeanne Responsable",
      qualite: "Par délégation du président du conseil départemental",
      aujourdHui: new Date("2026-11-30T00:00:00Z"),
    });
    const texte = [c.objet, ...c.destinataire, ...c.paragraphes].join(" ");
    expect(c.objet).toBe("Décision : Suspension-remobilisation");
    expect(c.destinataire[0]).toBe("Madame Amina MARTIN");
    expect(texte).toContain("suspendu à hauteur de 50 % pendant 2 mois, du 1 décembre 2026 au 31 janvier 2027");
    expect(texte).toContain("646,52\u00a0€");
    expect(texte).toContain("dans la limite de trois mois de RSA");
    expect(texte).toContain("recours administratif préalable");
  });
});
