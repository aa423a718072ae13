import { describe, expect, it } from "vitest";
import { alertes, chevauchent, debutDansPeriodeDroits, delai, masquerNir, premierDansPeriodeDroits, trancheAge } from "./delais";

const j = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("délais d'orientation et de contrat", () => {
  it("compte les jours depuis l'ouverture des droits", () => {
    expect(delai(j("2026-10-01"), j("2026-10-14"), j("2026-11-22")).jours).toBe(13);
    expect(delai(j("2026-10-01"), null, j("2026-11-22"))).toMatchObject({ jours: 52, atteint: false });
  });

  it("mesure depuis l'ouverture de la période de droits en cours : jamais de délai négatif", () => {
    const ouverture = j("2026-06-01");
    // terminée avant la réouverture : ne compte pas
    expect(debutDansPeriodeDroits(j("2025-01-10"), j("2026-05-31"), ouverture)).toBeNull();
    // encore en vigueur à l'ouverture (sans fin, ou finissant le jour même ou après) : compte à l'ouverture
    expect(debutDansPeriodeDroits(j("2025-01-10"), null, ouverture)).toEqual(ouverture);
    expect(debutDansPeriodeDroits(j("2025-01-10"), j("2026-06-01"), ouverture)).toEqual(ouverture);
    // après l'ouverture : sa propre date ; pas de date (contrat non signé) : rien
    expect(debutDansPeriodeDroits(j("2026-06-12"), null, ouverture)).toEqual(j("2026-06-12"));
    expect(debutDansPeriodeDroits(null, null, ouverture)).toBeNull();
    expect(premierDansPeriodeDroits([{ debut: j("2024-01-01"), fin: j("2024-12-31") }, { debut: j("2026-06-20"), fin: null }, { debut: j("2026-06-12"), fin: j("2026-06-15") }], ouverture)).toEqual(j("2026-06-12"));
    expect(premierDansPeriodeDroits([], ouverture)).toBeNull();
  });

  it("signale ce que le référent doit faire", () => {
    const aujourdHui = j("2026-11-22");
    expect(alertes({ ouvertureDroits: j("2026-10-01"), premiereOrientation: null, premierContratSigne: null, contratActif: null, prescriptionRefusee: true }, aujourdHui)).toEqual([
      "SANS_CONTRAT",
      "DELAI_ORIENTATION_DEPASSE",
      "DELAI_CONTRAT_DEPASSE",
      "PRESCRIPTION_REFUSEE",
    ]);
    // orientée en retard mais orientée : ce n'est plus une tâche ; le contrat reste à faire
    expect(alertes({ ouvertureDroits: j("2026-10-01"), premiereOrientation: j("2026-10-20"), premierContratSigne: null, contratActif: null, prescriptionRefusee: false }, aujourdHui)).toEqual([
      "SANS_CONTRAT",
      "DELAI_CONTRAT_DEPASSE",
    ]);
    // entrée il y a 10 jours : rien n'est encore en retard
    expect(alertes({ ouvertureDroits: j("2026-11-12"), premiereOrientation: null, premierContratSigne: null, contratActif: null, prescriptionRefusee: false }, aujourdHui)).toEqual(["SANS_CONTRAT"]);
    expect(alertes({ ouvertureDroits: j("2026-01-01"), premiereOrientation: j("2026-01-10"), premierContratSigne: j("2026-01-25"), contratActif: { dateFin: j("2026-12-15") }, prescriptionRefusee: false }, aujourdHui)).toEqual([
      "ECHEANCE_PROCHE",
    ]);
    expect(alertes({ ouvertureDroits: j("2026-01-01"), premiereOrientation: j("2026-01-10"), premierContratSigne: j("2026-01-25"), contratActif: { dateFin: j("2027-06-30") }, prescriptionRefusee: false }, aujourdHui)).toEqual([]);
  });
});

describe("périodes datées", () => {
  it("détecte les chevauchements, bornes comprises, fin ouverte comprise", () => {
    expect(chevauchent({ debut: j("2026-01-01"), fin: j("2026-03-31") }, { debut: j("2026-03-31"), fin: null })).toBe(true);
    expect(chevauchent({ debut: j("2026-01-01"), fin: j("2026-03-30") }, { debut: j("2026-03-31"), fin: null })).toBe(false);
  });
});

describe("données personnelles", () => {
  it("ne montre jamais le NIR en clair", () => {
    expect(masquerNir("285037512345647")).toBe("2 85 ** ** *** *** 47");
    expect(masquerNir("1234")).toBe("NIR invalide");
  });
  it("classe les âges dans les tranches des fiches des pôles", () => {
    expect(trancheAge(j("2002-11-23"), j("2026-11-22"))).toBe("0-24");
    expect(trancheAge(j("2001-11-22"), j("2026-11-22"))).toBe("25-29");
    expect(trancheAge(j("1981-06-01"), j("2026-11-22"))).toBe("45-49");
    expect(trancheAge(j("1960-01-01"), j("2026-11-22"))).toBe("60+");
  });
});
