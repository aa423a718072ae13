import { describe, expect, it } from "vitest";
import { ENTETE_CSV_CAF, ligneCsvCaf } from "./transmission";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
describe("fichier CAF des décisions", () => {
  it("une ligne par décision : personne, NUMDEMRSA, décision, part, période", () => {
    const l = ligneCsvCaf({ organisme: "CAF", numdemrsa: "1301000042", nom: "Martin", prenom: "Amina", dateNaissance: d("1985-03-02"), type: "SUSPENSION_REMOBILISATION", pourcentage: 50, dateEffet: d("2026-12-01"), dateFin: d("2027-01-31"), decideLe: d("2026-11-30") });
    expect(l).toBe("CAF;1301000042;MARTIN;Amina;1985-03-02;SUSPENSION;50;2026-12-01;2027-01-31;2026-11-30");
    expect(ENTETE_CSV_CAF.split(";")).toHaveLength(l.split(";").length);
  });
  it("neutralise les formules et les séparateurs", () => {
    const l = ligneCsvCaf({ organisme: "CAF", numdemrsa: "1", nom: "=HYPERLINK(1;2)", prenom: "A;B", dateNaissance: d("1985-03-02"), type: "MAINTIEN", pourcentage: null, dateEffet: d("2026-12-01"), dateFin: null, decideLe: d("2026-11-30") });
    expect(l).toContain(`"'=HYPERLINK(1;2)"`);
    expect(l).toContain(`"A;B"`);
  });
});
