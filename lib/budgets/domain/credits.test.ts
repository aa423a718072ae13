import { describe, expect, it } from "vitest";
import { disponible, partsCoherentes, soldeAEngager, tauxExecution, verifierEngagement, verifierMouvement } from "./credits";

// fiche 3-2 « Boost emploi » du tableau D1 : 1 000 000 € prévus, 650 000 € engagés
const boost = { prevu: 100_000_000, engage: 65_000_000, mandate: 0, entrants: 0, sortants: 0 };

describe("ligne de crédits", () => {
  it("calcule le solde à engager comme le tableau financier", () => {
    expect(soldeAEngager(boost)).toBe(35_000_000);
    expect(tauxExecution(boost)).toBe(0.65);
  });

  it("un redéploiement réduit le disponible de la source, pas son solde à engager", () => {
    const apres = { ...boost, sortants: 35_000_000 };
    expect(soldeAEngager(apres)).toBe(35_000_000);
    expect(disponible(apres)).toBe(0);
  });

  it("refuse d'engager au-delà du disponible, avec le reste en euros", () => {
    expect(verifierEngagement(boost, 35_000_000)).toEqual({ ok: true });
    expect(verifierEngagement(boost, 35_000_001)).toEqual({ ok: false, message: "Crédits insuffisants : il reste 350\u00a0000,00\u00a0€ à engager sur cette ligne." });
    expect(verifierEngagement(boost, 0).ok).toBe(false);
  });

  it("ne redéploie que des crédits non engagés", () => {
    expect(verifierMouvement(boost, 11_000_000).ok).toBe(true);
    expect(verifierMouvement({ ...boost, sortants: 30_000_000 }, 6_000_000).ok).toBe(false);
  });

  it("des crédits reçus augmentent le disponible de la cible", () => {
    expect(disponible({ prevu: 0, engage: 0, mandate: 0, entrants: 11_000_000, sortants: 0 })).toBe(11_000_000);
  });

  it("vérifie que les parts des financeurs couvrent le prévu", () => {
    expect(partsCoherentes(44_299_800, [22_149_900, 22_149_900])).toBe(true);
    expect(partsCoherentes(134_556_000, [33_681_800, 33_681_800, 67_192_300])).toBe(false);
  });
});
