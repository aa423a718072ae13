import { describe, expect, it } from "vitest";
import { dateFrancaiseVersIso, dateValide, nirValide, validerFoyer, type FoyerBrut } from "./foyer";

const foyer = (modif: Partial<FoyerBrut> = {}): FoyerBrut => ({
  position: 3,
  numdemrsa: "13100000001",
  matricule: "1007919",
  dtdemrsa: "2026-07-29",
  etat: "2",
  dtclorsa: "",
  numcom: "13028",
  codepos: "13600",
  libvoie: "52 rue x",
  personnes: [{ role: "DEM", qual: "MR", nom: "MARTIN", prenom: "Jean", dtnai: "1978-07-28", nir: "178071302800192", soumis: "1" }],
  ...modif,
});
const connue = (c: string) => c === "13028";

describe("validation d'un foyer du flux", () => {
  it("accepte un foyer correct", () => {
    expect(validerFoyer(foyer(), connue)).toBeNull();
  });
  it("vérifie la clé du NIR (97 − reste de la division par 97)", () => {
    expect(nirValide("178071302800192")).toBe(true);
    expect(nirValide("178071302800193")).toBe(false);
    expect(nirValide("17807130280013")).toBe(false);
  });
  it("refuse une date impossible", () => {
    expect(dateValide("1985-02-30")).toBe(false);
    expect(dateValide("2024-02-29")).toBe(true);
    expect(dateFrancaiseVersIso("28/07/1978")).toBe("1978-07-28");
  });
  it("rejette chaque défaut avec son code, sa position, son champ et un motif en français", () => {
    const r = validerFoyer(foyer({ numcom: "99999" }), connue);
    expect(r).toMatchObject({ code: "COMMUNE_INCONNUE", position: 3, champ: "NUMCOM", identifiant: "13100000001" });
    expect(r?.motif).toContain("99999");
    expect(validerFoyer(foyer({ numdemrsa: "" }), connue)?.code).toBe("NUMDEMRSA_ABSENT");
    expect(validerFoyer(foyer({ etat: "9" }), connue)?.code).toBe("ETAT_INCONNU");
    expect(validerFoyer(foyer({ personnes: [] }), connue)?.code).toBe("SANS_DEMANDEUR");
    expect(validerFoyer(foyer({ personnes: [{ ...foyer().personnes[0]!, dtnai: "1985-02-30" }] }), connue)?.code).toBe("DATE_INVALIDE");
    expect(validerFoyer(foyer({ personnes: [{ ...foyer().personnes[0]!, nir: "178071302800101" }] }), connue)?.code).toBe("NIR_INVALIDE");
  });
});
