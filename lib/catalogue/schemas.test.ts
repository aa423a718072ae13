import { describe, expect, it } from "vitest";
import { schemaAction, schemaFiltresCatalogue } from "./schemas";

const base = { code: "3.1.4", intitule: "Permis de conduire", visee: "LEVEE_FREINS", objectifs: "Financer le permis.", territoires: "t1" };

describe("saisie d'une action du catalogue", () => {
  it("accepte une capacité décimale à la française et la convertit", () => {
    const a = schemaAction.parse({ ...base, capacite: "8,91", uniteCapacite: "ETP" });
    expect(a.capacite).toBe(8.91);
    expect(a.territoires).toEqual(["t1"]);
  });

  it("exige l'unité quand la capacité est donnée", () => {
    const r = schemaAction.safeParse({ ...base, capacite: "40" });
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toContainEqual([
      "uniteCapacite",
      "Précisez l'unité de la capacité (places, parcours, postes ou ETP).",
    ]);
  });

  it("refuse une capacité négative ou non numérique avec un message clair", () => {
    expect(schemaAction.safeParse({ ...base, capacite: "-3", uniteCapacite: "PLACES" }).error?.issues[0]?.message).toBe(
      "La capacité doit être un nombre positif (ex. 12 ou 8,5).",
    );
    expect(schemaAction.safeParse({ ...base, capacite: "beaucoup", uniteCapacite: "PLACES" }).success).toBe(false);
  });

  it("refuse une fin avant le début, et une action sans territoire", () => {
    const r = schemaAction.safeParse({ ...base, territoires: undefined, dateDebut: "2026-06-01", dateFin: "2026-01-01" });
    const chemins = r.error?.issues.map((i) => i.path.join("."));
    expect(chemins).toEqual(expect.arrayContaining(["dateFin", "territoires"]));
  });

  it("« tout le département » dispense de choisir des territoires", () => {
    expect(schemaAction.safeParse({ ...base, territoires: undefined, toutDepartement: "1" }).success).toBe(true);
  });
});

describe("filtres de recherche", () => {
  it("ignore les valeurs invalides de l'URL au lieu d'échouer", () => {
    const f = schemaFiltresCatalogue.parse({ public: "MARTIENS", tri: "hasard", page: "-4", visee: "SANTE" });
    expect(f).toMatchObject({ public: undefined, tri: "pertinence", page: 1, visee: "SANTE", q: "" });
  });
});
