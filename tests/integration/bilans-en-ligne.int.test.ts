import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { creerClient } from "@/lib/db-script";
import { ErreurIntrouvable, ErreurMetier, ErreurPermission } from "@/lib/errors";
import { enregistrerBilan } from "@/lib/conventions/commands/enregistrer-bilan";
import { faireAvancerBilan } from "@/lib/conventions/commands/faire-avancer-bilan";
import { enregistrerPresence } from "@/lib/prescriptions/commands/enregistrer-presence";
import { presencesPrescription } from "@/lib/prescriptions/queries/presences-prescription";
import { lundiDe } from "@/lib/prescriptions/domain/presences";
import { obtenirConvention } from "@/lib/conventions/queries/obtenir-convention";
import { listerConventions } from "@/lib/conventions/queries/lister-conventions";
import { schemaFiltresConventions } from "@/lib/conventions/schemas";
import { bilanFinalEnRetard } from "@/lib/conventions/domain/cycle-bilan";
import { APPRECIATION_BILAN_SYNTHETIQUE } from "@/prisma/seed-resultats-conventions";
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

describe("émargement des participants par la structure", () => {
  it("enregistre présences et absences d'une personne entrée, remplace une semaine ressaisie, journalise ; le taux d'assiduité entre dans le bilan", async () => {
    const ares = await contexteDe(db, "operateur.ares@cd13.demo");
    const convention = await db.convention.findFirstOrThrow({ where: { structureId: ares.acteur.structureId!, objet: { contains: "2018-2019" } }, include: { actions: true } });
    const p = await db.prescription.findFirstOrThrow({ where: { actionId: convention.actions[0]!.actionId, dateEntree: { gte: convention.dateDebut, lte: new Date("2019-01-31") }, dateSortie: { gte: new Date("2019-03-01") } } });
    const lundi = lundiDe(new Date(p.dateEntree!.getTime() + 7 * 86_400_000));
    const semaine = (k: number) => new Date(lundi.getTime() + k * 7 * 86_400_000 + 2 * 86_400_000); // un mercredi : ramené au lundi
    await enregistrerPresence(ares, { prescriptionId: p.id, semaine: semaine(0), statut: "PRESENT", heures: 20, commentaire: null });
    await enregistrerPresence(ares, { prescriptionId: p.id, semaine: semaine(1), statut: "ABSENT", heures: 0, commentaire: null });
    await enregistrerPresence(ares, { prescriptionId: p.id, semaine: semaine(2), statut: "EXCUSE", heures: 0, commentaire: "Rendez-vous médical" });
    await enregistrerPresence(ares, { prescriptionId: p.id, semaine: semaine(1), statut: "PRESENT", heures: 12.5, commentaire: null }); // ressaisie
    const lignes = await db.presence.findMany({ where: { prescriptionId: p.id }, orderBy: { semaine: "asc" } });
    expect(lignes.map((l) => [l.semaine.toISOString().slice(0, 10), l.statut, l.heures])).toEqual([
      [lundi.toISOString().slice(0, 10), "PRESENT", 20],
      [new Date(lundi.getTime() + 7 * 86_400_000).toISOString().slice(0, 10), "PRESENT", 12.5],
      [new Date(lundi.getTime() + 14 * 86_400_000).toISOString().slice(0, 10), "EXCUSE", 0],
    ]);
    expect(await db.journalAudit.count({ where: { entite: "Presence", entiteId: { in: lignes.map((l) => l.id) } } })).toBe(4);
    const lu = await presencesPrescription(ares, p.id);
    expect([lu.tauxAssiduite, lu.heures]).toEqual([1, 32.5]);
    const { assiduite } = await obtenirConvention(ares, convention.id);
    const final = await db.bilan.findFirstOrThrow({ where: { conventionId: convention.id, type: "FINAL", appreciation: APPRECIATION_BILAN_SYNTHETIQUE } });
    expect(assiduite[final.id]).toEqual({ taux: 1, heures: 32.5, semaines: 3 });
  });

  it("refuse une absence avec des heures, une semaine hors de l'action ; une autre structure ou un autre département : introuvable", async () => {
    const ares = await contexteDe(db, "operateur.ares@cd13.demo");
    const p = await db.prescription.findFirstOrThrow({ where: { action: { code: "2.2.5" }, statut: "SORTIE", dateSortie: { lt: new Date("2019-06-01") } } });
    await expect(enregistrerPresence(ares, { prescriptionId: p.id, semaine: p.dateEntree!, statut: "ABSENT", heures: 4, commentaire: null })).rejects.toMatchObject({ erreursChamps: { heures: [expect.any(String)] } });
    await expect(enregistrerPresence(ares, { prescriptionId: p.id, semaine: new Date("2026-11-30"), statut: "PRESENT", heures: 4, commentaire: null })).rejects.toMatchObject({ erreursChamps: { semaine: [expect.any(String)] } });
    await expect(enregistrerPresence(await contexteDe(db, "operateur.heda@cd13.demo"), { prescriptionId: p.id, semaine: p.dateEntree!, statut: "PRESENT", heures: 4, commentaire: null })).rejects.toBeInstanceOf(ErreurIntrouvable);
    await expect(presencesPrescription(await contexteDe(db, "operateur.heda@cd13.demo"), p.id)).rejects.toBeInstanceOf(ErreurIntrouvable);
    await expect(presencesPrescription(await contexteDe(db, "operateur.etape@orne.demo"), p.id)).rejects.toBeInstanceOf(ErreurIntrouvable);
    await expect(enregistrerPresence(await contexteDe(db, "referent.pole1@cd13.demo"), { prescriptionId: p.id, semaine: p.dateEntree!, statut: "PRESENT", heures: 4, commentaire: null })).rejects.toBeInstanceOf(ErreurPermission);
  });
});

describe("bilans finaux en retard", () => {
  it("la liste du chargé de mission les signale et les filtre, par la même règle que la page de la convention", async () => {
    const charge = await contexteDe(db, "charge.mission@cd13.demo");
    const tous = await listerConventions(charge, schemaFiltresConventions.parse({ taille: "100" }));
    const conventions = await db.convention.findMany({ where: { departement: { code: "13" } }, include: { bilans: { select: { type: true, statut: true } } } });
    const aujourdHui = new Date();
    for (const l of tous.lignes) {
      const c = conventions.find((x) => x.id === l.id)!;
      expect(l.bilanEnRetard, c.objet).toBe(bilanFinalEnRetard(c.dateFin, c.bilans, aujourdHui) !== null); // parité SQL / TypeScript
    }
    const enRetard = await listerConventions(charge, schemaFiltresConventions.parse({ retard: "1", taille: "100" }));
    expect(enRetard.total).toBeGreaterThan(0);
    expect(enRetard.lignes.every((l) => l.bilanEnRetard)).toBe(true);
    expect(enRetard.lignes.map((l) => l.objet)).toContain("Mise en place de maraudes mixtes État / Département");
    // les bilans finaux calculés des conventions à volume les ont mises à jour
    expect(tous.lignes.find((l) => l.objet.startsWith("Boost emploi"))!.bilanEnRetard).toBe(false);
  });
});
