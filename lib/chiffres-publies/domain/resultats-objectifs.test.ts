import { describe, expect, it } from "vitest";
import { apparierObjectifs, demandeComptagePersonnes, indicateurDeBase, pourcentage } from "./resultats-objectifs";

const c = (indicateur: string, valeur: number, annee = 2019, source = "D1 L1", libelle = indicateur, dimension = "") => ({ indicateur, dimension, libelle, valeur, unite: "NOMBRE", annee, source });

describe("résultats et objectifs publiés", () => {
  it("l'objectif se place en face du résultat de même indicateur, année et dimension", () => {
    const lignes = apparierObjectifs([c("OBJECTIF_BRSA_SUIVIS", 480, 2019, "D1 L1033", "BRSA suivis par an"), c("BRSA_SUIVIS", 319, 2019, "D1 L1072", "Personnes suivies")]);
    expect(lignes).toEqual([{ annee: 2019, indicateur: "BRSA_SUIVIS", dimension: "", libelle: "Personnes suivies", unite: "NOMBRE", objectif: 480, resultat: 319, sources: ["D1 L1033", "D1 L1072"] }]);
  });
  it("une année ou une dimension différente fait une autre ligne ; les années sont triées", () => {
    const lignes = apparierObjectifs([c("OBJECTIF_MDS", 19, 2021), c("MDS", 14, 2018), c("OBJECTIF_MDS", 19, 2019), c("MDS", 19, 2019), c("POSTES", 5, 2020, "D1 L995", "ATOL", "ATOL")]);
    expect(lignes.map((l) => [l.annee, l.indicateur, l.dimension, l.objectif, l.resultat])).toEqual([
      [2018, "MDS", "", null, 14],
      [2019, "MDS", "", 19, 19],
      [2020, "POSTES", "ATOL", null, 5],
      [2021, "MDS", "", 19, null],
    ]);
  });
  it("le libellé d'un objectif seul perd son préfixe « Objectif : »", () => {
    expect(apparierObjectifs([c("OBJECTIF_TAUX_EMPLOI_DURABLE", 20, 2020, "D4 L669", "Objectif 2020 : sorties en emploi durable")])[0]!.libelle).toBe("Sorties en emploi durable");
    expect(indicateurDeBase("OBJECTIF_X")).toBe("X");
  });
  it("pourcentage au dixième, null sans dénominateur", () => {
    expect(pourcentage(10, 18)).toBe(55.6);
    expect(pourcentage(1, 0)).toBeNull();
  });
});

describe("calcul de l'application en face d'un indicateur d'évaluation", () => {
  const r = { entrees: 99, proposees: 99, sorties: 52, abandons: 2, durable: 11, transition: 8, positive: 9 };
  it("sorties par type contre l'objectif IAE 20 / 15 / 15", async () => {
    const { calculAction } = await import("./resultats-objectifs");
    expect(calculAction("TAUX_EMPLOI_DURABLE", "", r, 30)).toBe(21.2);
    expect(calculAction("TAUX_EMPLOI_TRANSITION", "", r, 30)).toBe(15.4);
    expect(calculAction("TAUX_SORTIE_POSITIVE", "", r, 30)).toBe(17.3);
    expect(calculAction("TAUX_SORTIES_DYNAMIQUES", "", r, 30)).toBe(53.8);
    expect(calculAction("TAUX_PARTICIPATION", "", r, 30)).toBe(330);
    expect(calculAction("CONVENTIONNES", "BRSA", r, 30)).toBeNull();
    expect(calculAction("IMMERSIONS", "", r, 30)).toBeNull();
  });
});

describe("demandeComptagePersonnes", () => {
  it("ne compte pas les personnes pour un chiffre de contexte (montré sans calcul en regard)", () => {
    expect(demandeComptagePersonnes([{ indicateur: "PART_FEMMES", theme: "CONTEXTE", action: null }, { indicateur: "MENAGES_ALLOCATAIRES", theme: "ACTIVITE_RSA", action: null }])).toBe(false);
  });
  it("les compte pour un chiffre d'allocataires comparé au calcul, pas pour celui d'une action", () => {
    expect(demandeComptagePersonnes([{ indicateur: "PART_18_25", theme: "ALLOCATAIRES", action: null }])).toBe(true);
    expect(demandeComptagePersonnes([{ indicateur: "PART_18_25", theme: "EVALUATION_ACTION", action: { id: "a" } }])).toBe(false);
  });
});
