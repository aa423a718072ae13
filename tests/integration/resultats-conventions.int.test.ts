import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { creerClient } from "@/lib/db-script";
import { resultatsConventions } from "@/lib/tableaux-de-bord/queries/resultats-conventions";
import { carteOffre, porteeTableau } from "@/lib/tableaux-de-bord/queries/cartes";
import { couts } from "@/lib/tableaux-de-bord/domain/indicateurs";
import { OBJECTIF_SORTIES_DYNAMIQUES } from "@/lib/conventions/domain/resultats";
import { APPRECIATION_BILAN_SYNTHETIQUE } from "@/prisma/seed-resultats-conventions";
import { chargerDemo, contexteDe } from "./outils";

let db: PrismaClient;
beforeAll(async () => {
  db = creerClient();
  await chargerDemo(db);
}, 180_000);
afterAll(async () => db.$disconnect());

/** Prescriptions sur les actions d'une convention, entrées dans sa période et avant `jusquau`, par type de sortie à cette date. */
async function parcoursDe(conventionId: string, jusquau: Date) {
  return db.$queryRaw<{ type: string; n: number }[]>`
    SELECT coalesce(CASE WHEN pr.date_sortie <= ${jusquau}::date THEN coalesce(pr.type_sortie, 'ABANDON') END, 'EN_COURS') AS type, count(*)::int AS n
    FROM prescription pr JOIN convention_action ca ON ca.action_id = pr.action_id AND ca.convention_id = ${conventionId}
    JOIN convention c ON c.id = ca.convention_id
    WHERE pr.date_entree BETWEEN c.date_debut AND least(c.date_fin, ${jusquau}::date) GROUP BY 1`;
}

describe("résultats synthétiques des conventions CD13", () => {
  it("les parcours reproduisent les bilans publiés d'ARES (D0) : participants et sorties par type", async () => {
    const publies = await db.bilan.findMany({ where: { convention: { objet: { startsWith: "Action « espace d'accompagnement » 201" } }, NOT: { appreciation: APPRECIATION_BILAN_SYNTHETIQUE } }, include: { sorties: true } });
    expect(publies).toHaveLength(2);
    for (const b of publies) {
      const parcours = await parcoursDe(b.conventionId, b.periodeFin);
      expect(parcours.reduce((s, p) => s + p.n, 0)).toBe(b.participants);
      const sorties = Object.fromEntries(parcours.filter((p) => p.type !== "EN_COURS").map((p) => [p.type, p.n]));
      expect(sorties).toEqual(Object.fromEntries(b.sorties.map((s) => [s.typeSortie, s.nombre])));
    }
  });

  it("chaque convention qui a un montant et un volume a un bilan final validé égal à ses parcours, au niveau de l'objectif de sorties dynamiques", async () => {
    const conventions = await db.convention.findMany({ where: { departement: { code: "13" }, montantInitialCentimes: { not: null }, volume: { not: null } }, include: { bilans: { include: { sorties: true } } } });
    expect(conventions.length).toBeGreaterThanOrEqual(4);
    for (const c of conventions) {
      const final = c.bilans.find((b) => b.type === "FINAL" && b.statut === "VALIDE");
      expect(final, c.objet).toBeDefined();
      expect(final!.participants).toBe(Math.round(c.volume!)); // autant de parcours que le volume conventionné
      const parcours = await parcoursDe(c.id, c.dateFin);
      expect(parcours.reduce((s, p) => s + p.n, 0)).toBe(final!.participants);
      const parType = Object.fromEntries(parcours.map((p) => [p.type, p.n]));
      for (const s of final!.sorties) expect(parType[s.typeSortie], `${c.objet} ${s.typeSortie}`).toBe(s.nombre);
      const n = final!.participants;
      for (const t of ["EMPLOI_DURABLE", "EMPLOI_TRANSITION", "SORTIE_POSITIVE"] as const) {
        expect(Math.abs((parType[t] ?? 0) / n - OBJECTIF_SORTIES_DYNAMIQUES[t])).toBeLessThan(0.01);
      }
    }
  });

  it("tableau de bord du département : coût par parcours et par sortie positive renseignés, calculés en SQL comme le montant ÷ parcours et ÷ sorties dynamiques", async () => {
    const contexte = await contexteDe(db, "charge.mission@cd13.demo");
    const lignes = await resultatsConventions(contexte, await porteeTableau(contexte, { territoire: "", annee: new Date().getFullYear() }));
    const avecVolume = lignes.filter((l) => l.volume !== null);
    expect(avecVolume.length).toBeGreaterThanOrEqual(4);
    for (const l of avecVolume) {
      expect(l.parcours).toBeGreaterThan(0);
      expect(l.coutParParcours).not.toBeNull();
      expect(l.coutParSortiePositive).not.toBeNull();
      const dyn = l.durable! + l.transition! + l.positive!;
      expect({ parParcours: l.coutParParcours, parSortiePositive: l.coutParSortiePositive }).toEqual(couts(l.montant, l.parcours, dyn));
      expect(l.participantsBilan).toBe(l.parcours); // le bilan validé dit la même chose que les parcours
      expect(l.dynamiquesBilan).toBe(dyn);
      expect(l.partDynamiques!).toBeGreaterThanOrEqual(0.49);
    }
    // ARES 2018-2019 : 67 550 € pour 40 parcours, 20 sorties dynamiques
    const ares = lignes.find((l) => l.objet.startsWith("Action « espace d'accompagnement » : convention"))!;
    expect([ares.coutParParcours, ares.coutParSortiePositive]).toEqual([168_875, 337_750]);
  });

  it("par territoire : montants imputés au prorata des parcours, qui se somment au montant de la convention", async () => {
    const contexte = await contexteDe(db, "charge.mission@cd13.demo");
    const annee = new Date().getFullYear();
    const departement = await resultatsConventions(contexte, await porteeTableau(contexte, { territoire: "", annee }));
    const poles = await db.territoire.findMany({ where: { departement: { code: "13" }, type: "POLE_INSERTION" } });
    const parPole = await Promise.all(poles.map(async (p) => resultatsConventions(contexte, await porteeTableau(contexte, { territoire: p.id, annee }))));
    for (const c of departement.filter((l) => l.parcours)) {
      const lignes = parPole.flatMap((r) => r.filter((l) => l.id === c.id));
      expect(lignes.reduce((s, l) => s + (l.parcours ?? 0), 0)).toBe(c.parcours);
      expect(Math.abs(lignes.reduce((s, l) => s + (l.montantImpute ?? 0), 0) - c.montant!)).toBeLessThanOrEqual(poles.length);
      for (const l of lignes) expect(l.coutParParcours).not.toBeNull();
    }
  });

  it("offre : occupation, liste d'attente et sortants de l'année renseignés sur les actions ouvertes", async () => {
    const contexte = await contexteDe(db, "charge.mission@cd13.demo");
    const offre = await carteOffre(contexte, await porteeTableau(contexte, { territoire: "", annee: new Date().getFullYear() }));
    expect(offre.length).toBeGreaterThan(40);
    expect(offre.filter((o) => o.participants > 0).length).toBe(offre.length);
    expect(offre.filter((o) => o.attente > 0).length).toBeGreaterThan(0);
    expect(offre.filter((o) => (o.sorties ?? 0) > 0).length).toBe(offre.length);
    expect(offre.filter((o) => o.partDynamiques !== null).length).toBe(offre.length);
  });
});
