import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { creerClient } from "@/lib/db-script";
import { ErreurIntrouvable, ErreurMetier, ErreurPermission } from "@/lib/errors";
import { enregistrerBilan } from "@/lib/conventions/commands/enregistrer-bilan";
import { faireAvancerBilan } from "@/lib/conventions/commands/faire-avancer-bilan";
import { chargerDemo, contexteDe } from "./outils";

let db: PrismaClient;
// le chargement de la démonstration approche la minute sur une machine chargée : marge explicite
beforeAll(async () => {
  db = creerClient();
  await chargerDemo(db);
}, 180_000);
afterAll(async () => db.$disconnect());

describe("bilan saisi en ligne par la structure", () => {
  it("brouillon → soumis → renvoyé avec motif → resoumis → validé ; chaque étape au journal", async () => {
    const ares = await contexteDe(db, "operateur.ares@cd13.demo");
    const charge = await contexteDe(db, "charge.mission@cd13.demo");
    const convention = await db.convention.findFirstOrThrow({ where: { structureId: ares.acteur.structureId! }, include: { indicateurs: true } });
    const { id } = await enregistrerBilan(ares, {
      conventionId: convention.id, type: "INTERMEDIAIRE", periodeDebut: new Date("2026-01-01"), periodeFin: new Date("2026-06-30"), participants: 38, pctFemmes: 55, pctSansQualification: 40,
      pointsPositifs: null, pointsAAmeliorer: null, perspectives: null, sorties: [{ typeSortie: "EMPLOI_DURABLE", nombre: 4, detail: null }], valeurs: [], soumettre: false,
    });
    const statut = async () => (await db.bilan.findUniqueOrThrow({ where: { id } })).statut;
    expect(await statut()).toBe("BROUILLON");
    await expect(faireAvancerBilan(charge, { id, version: 1, evenement: "valider", motif: null })).rejects.toThrow(/ne peut pas être validé/);
    await faireAvancerBilan(ares, { id, version: 1, evenement: "soumettre", motif: null });
    await expect(faireAvancerBilan(charge, { id, version: 2, evenement: "renvoyer", motif: null })).rejects.toMatchObject({ erreursChamps: { motif: [expect.any(String)] } });
    await faireAvancerBilan(charge, { id, version: 2, evenement: "renvoyer", motif: "Les sorties du premier trimestre manquent." });
    expect((await db.bilan.findUniqueOrThrow({ where: { id } })).motifRenvoi).toBe("Les sorties du premier trimestre manquent.");
    await faireAvancerBilan(ares, { id, version: 3, evenement: "soumettre", motif: null });
    await faireAvancerBilan(charge, { id, version: 4, evenement: "valider", motif: null });
    expect(await statut()).toBe("VALIDE");
    const journal = await db.journalAudit.findMany({ where: { entite: "Bilan", entiteId: id }, orderBy: { id: "asc" } });
    expect(journal.map((j) => (j.details as { evenement?: string } | null)?.evenement ?? j.operation)).toEqual(["CREATION", "soumettre", "renvoyer", "soumettre", "valider"]);
  });

  it("la structure ne valide pas son bilan ; une autre structure ne le voit pas ; deux validations simultanées, une seule passe", async () => {
    const ares = await contexteDe(db, "operateur.ares@cd13.demo");
    const charge = await contexteDe(db, "charge.mission@cd13.demo");
    const convention = await db.convention.findFirstOrThrow({ where: { structureId: ares.acteur.structureId! } });
    const { id } = await enregistrerBilan(ares, {
      conventionId: convention.id, type: "FINAL", periodeDebut: new Date("2026-01-01"), periodeFin: new Date("2026-10-31"), participants: 40, pctFemmes: null, pctSansQualification: null,
      pointsPositifs: null, pointsAAmeliorer: null, perspectives: null, sorties: [], valeurs: [], soumettre: true,
    });
    await expect(faireAvancerBilan(ares, { id, version: 1, evenement: "valider", motif: null })).rejects.toBeInstanceOf(ErreurPermission);
    await expect(faireAvancerBilan(await contexteDe(db, "operateur.heda@cd13.demo"), { id, version: 1, evenement: "soumettre", motif: null })).rejects.toBeInstanceOf(ErreurIntrouvable);
    await expect(faireAvancerBilan(await contexteDe(db, "charge.mission@orne.demo"), { id, version: 1, evenement: "valider", motif: null })).rejects.toBeInstanceOf(ErreurIntrouvable);
    const r = await Promise.allSettled([1, 2].map(() => faireAvancerBilan(charge, { id, version: 1, evenement: "valider", motif: null })));
    expect(r.filter((x) => x.status === "fulfilled")).toHaveLength(1);
    expect((r.find((x) => x.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(ErreurMetier);
  });
});
