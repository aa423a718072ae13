import { describe, expect, it } from "vitest";
import { schemaDecision, schemaParametres, schemaRendezVous } from "./schemas";

describe("saisies des droits et devoirs", () => {
  it("refuse une date de rendez-vous qui n'existe pas et une heure mal formée", () => {
    const r = schemaRendezVous.safeParse({ personneId: "p1", type: "SUIVI", modalite: "PRESENTIEL", jour: "2026-02-31", heure: "25:00" });
    expect(r.success).toBe(false);
    const champs = r.error!.issues.map((i) => i.path.join("."));
    expect(champs).toEqual(expect.arrayContaining(["jour", "heure"]));
  });
  it("laisse au barème les parts et durées hors bornes, mais refuse le texte", () => {
    expect(schemaDecision.safeParse({ situationId: "s", type: "SUSPENSION_REMOBILISATION", pourcentage: "120", dureeMois: "3", dateEffet: "2026-12-01", motifs: "m" }).success).toBe(true);
    const r = schemaDecision.safeParse({ situationId: "s", type: "SUSPENSION_REMOBILISATION", pourcentage: "cinquante", dureeMois: "", dateEffet: "2026-12-01", motifs: "m" });
    expect(r.error!.issues[0]!.message).toBe("La part : saisissez un nombre entier.");
  });
  it("borne les paramètres du département", () => {
    const r = schemaParametres.safeParse({ delaiContratApresOrientation: "60", delaiRenouvellement: "30", seuilAbsences: "2", fenetreAbsences: "180", delaiObservations: "0" });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(["delaiObservations"]);
    expect(r.error!.issues[0]!.message).toBe("Le délai doit être compris entre 8 et 90.");
  });
});
