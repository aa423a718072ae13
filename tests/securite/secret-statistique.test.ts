import { describe, expect, it } from "vitest";
import { masquerPyramide, masquerRepartition, masquerSerie, masquerTaux } from "@/lib/tableaux-de-bord/domain/secret-statistique";

describe("secret statistique", () => {
  it("masque les effectifs de 1 à 10, garde 0 et 11", () => {
    expect(masquerSerie([0, 1, 10, 11, 250, 3])).toEqual([0, null, null, 11, 250, null]);
  });

  it("masque une seconde cellule quand une seule l'est (sinon le total la révèle)", () => {
    expect(masquerSerie([4, 30, 12, 0])).toEqual([null, 30, null, 0]);
  });

  it("ne publie pas un taux calculé sur moins de 11 personnes", () => {
    expect(masquerTaux(0.5, 4)).toBeNull();
    expect(masquerTaux(0.5, 11)).toBe(0.5);
  });

  it("la pyramide d'une commune de 4 personnes ne montre aucun effectif", () => {
    const lignes = [
      { tranche: "25-29", hommes: 1, femmes: 1, total: 2, part: 0.5 },
      { tranche: "30-34", hommes: 1, femmes: 0, total: 1, part: 0.25 },
      { tranche: "60+", hommes: 0, femmes: 1, total: 1, part: 0.25 },
    ];
    const masquee = masquerPyramide(lignes);
    for (const l of masquee) for (const v of [l.hommes, l.femmes, l.total]) expect(v === null || v === 0).toBe(true);
    expect(masquee.every((l) => l.part === null || l.total === 0)).toBe(true);
  });

  it("une répartition garde ses libellés et masque ses petits effectifs", () => {
    expect(masquerRepartition([{ modalite: "A", n: 200 }, { modalite: "B", n: 2 }, { modalite: "C", n: 40 }])).toEqual([
      { modalite: "A", n: 200 },
      { modalite: "B", n: null },
      { modalite: "C", n: null },
    ]);
  });
});
