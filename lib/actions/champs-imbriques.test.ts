import { describe, expect, it } from "vitest";
import { deplier, nomChamp } from "./champs-imbriques";

describe("champs imbriqués", () => {
  it("nomme un champ par son chemin et le relit en objet", () => {
    expect(nomChamp("objectifs.0.activites.1.heuresHebdo")).toBe("objectifs[0].activites[1].heuresHebdo");
    expect(deplier({ personneId: "p", "objectifs[0].libelle": "A", "objectifs[0].activites[1].mode": "COLLECTIVE", "objectifs[0].activites[0].mode": "AUTONOME", "aides[2].objet": "Permis" })).toEqual({
      personneId: "p",
      objectifs: [{ libelle: "A", activites: [{ mode: "AUTONOME" }, { mode: "COLLECTIVE" }] }],
      aides: [{ objet: "Permis" }],
    });
  });
});
