import { describe, expect, it } from "vitest";
import { schemaStatut } from "./schemas";

describe("solder ou résilier une convention", () => {
  it("demande une confirmation et un motif ; pas pour les autres étapes", () => {
    const r = schemaStatut.safeParse({ conventionId: "c1", version: "1", statut: "RESILIEE" });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => `${i.path.join(".")} : ${i.message}`).sort()).toEqual([
      "confirmation : Cochez la case pour confirmer : cette étape ne se défait pas.",
      "motif : Indiquez le motif de la résiliation.",
    ]);
    expect(schemaStatut.safeParse({ conventionId: "c1", version: "1", statut: "SOLDEE", motif: "Bilan final reçu", confirmation: "oui" }).success).toBe(true);
    expect(schemaStatut.safeParse({ conventionId: "c1", version: "1", statut: "SIGNEE", dateSignature: "2026-03-01" }).success).toBe(true);
  });
});
