import { describe, expect, it } from "vitest";
import { neutraliserFormule } from "./exporter-file-active";
import { schemaFiltresFileActive } from "./file-active";

describe("liste et export des bénéficiaires", () => {
  it("une cellule qui commence comme une formule de tableur est neutralisée", () => {
    expect(neutraliserFormule("=HYPERLINK(\"http://x\")")).toBe("'=HYPERLINK(\"http://x\")");
    expect(neutraliserFormule("+33")).toBe("'+33");
    expect(neutraliserFormule("@SOMME")).toBe("'@SOMME");
    expect(neutraliserFormule("MARTIN")).toBe("MARTIN");
  });
  it("des paramètres d'URL invalides retombent sur les valeurs par défaut", () => {
    expect(schemaFiltresFileActive.parse({ tri: "nom;--", ordre: "x", taille: "7", page: "0", alerte: "RIEN", parcours: "X", referent: "a b" })).toEqual({
      q: "",
      alerte: undefined,
      referent: undefined,
      commune: undefined,
      parcours: undefined,
      tri: "urgence",
      ordre: "asc",
      taille: 25,
      page: 1,
    });
    expect(schemaFiltresFileActive.parse({ tri: "commune", ordre: "desc", taille: "100", page: "4" })).toMatchObject({ tri: "commune", ordre: "desc", taille: 100, page: 4 });
  });
});
