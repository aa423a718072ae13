import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { creerClient } from "@/tests/setup/base";
import { seed } from "@/prisma/seed";
import { POPULATION_CD13, TRANCHES } from "@/prisma/donnees/population-cd13";
import { tableauDeBord, schemaFiltresTableau } from "@/lib/tableaux-de-bord/queries/tableau-de-bord";
import { ErreurIntrouvable, ErreurPermission } from "@/lib/errors";
import { contexteDe } from "./outils";

let db: PrismaClient;

beforeAll(async () => {
  db = creerClient();
  const log = console.log;
  console.log = () => {};
  try {
    await seed(db, { population: "complet" });
  } finally {
    console.log = log;
  }
}, 180_000);
afterAll(async () => db.$disconnect());

describe("population synthétique à l'échelle des Bouches-du-Rhône", () => {
  it("compte 62 303 foyers et 71 719 demandeurs et conjoints", async () => {
    const cd13 = await db.departement.findUniqueOrThrow({ where: { code: "13" } });
    // les files actives de démonstration ne créent pas de personnes dans les Bouches-du-Rhône
    expect(await db.foyer.count({ where: { departementId: cd13.id } })).toBe(62_303);
    expect(await db.personne.count({ where: { foyer: { departementId: cd13.id } } })).toBe(71_719);
  });

  it("reproduit exactement le tableau âge × sexe de chaque pôle (au 31/12/2023)", async () => {
    const lignes = await db.$queryRaw<{ pole: string; tranche: string; sexe: string; n: number }[]>`
      SELECT pole.code AS pole,
             CASE WHEN age < 25 THEN '0-24' WHEN age >= 60 THEN '60+' ELSE (25 + 5 * ((age - 25) / 5))::text || '-' || (29 + 5 * ((age - 25) / 5))::text END AS tranche,
             p.sexe::text AS sexe, count(*)::int AS n
      FROM personne p JOIN foyer f ON f.id = p.foyer_id JOIN territoire t ON t.id = f.territoire_id
      JOIN territoire pole ON pole.id = t.parent_id AND pole.type = 'POLE_INSERTION',
      LATERAL (SELECT extract(year FROM age(date '2023-12-31', p.date_naissance))::int AS age) a
      GROUP BY 1, 2, 3`;
    const obtenu = new Map(lignes.map((l) => [`${l.pole}|${l.tranche}|${l.sexe}`, l.n]));
    for (const p of POPULATION_CD13) {
      p.ageSexe.forEach(([h, f], i) => {
        expect(obtenu.get(`${p.pole}|${TRANCHES[i]}|M`) ?? 0, `${p.pole} ${TRANCHES[i]} hommes`).toBe(h);
        expect(obtenu.get(`${p.pole}|${TRANCHES[i]}|F`) ?? 0, `${p.pole} ${TRANCHES[i]} femmes`).toBe(f);
      });
    }
  });

  it("a un foyer par allocataire de chaque pôle", async () => {
    const parPole = await db.$queryRaw<{ pole: string; n: number }[]>`
      SELECT pole.code AS pole, count(*)::int AS n FROM foyer f JOIN territoire t ON t.id = f.territoire_id
      JOIN territoire pole ON pole.id = t.parent_id AND pole.type = 'POLE_INSERTION' GROUP BY 1`;
    expect(Object.fromEntries(parPole.map((l) => [l.pole, l.n]))).toEqual(Object.fromEntries(POPULATION_CD13.map((p) => [p.pole, p.arsa])));
  });
});

describe("tableaux de bord", () => {
  const filtres = (territoire = "") => schemaFiltresTableau.parse({ territoire, annee: "2026" });

  it("la page du pôle IX montre les chiffres de sa fiche : âge × sexe, allocataires, chiffres publiés", async () => {
    const pole = await db.territoire.findFirstOrThrow({ where: { code: "POLE-IX" } });
    const t = await tableauDeBord(await contexteDe(db, "lecteur@cd13.demo"), filtres(pole.id));
    const attendu = POPULATION_CD13.find((p) => p.pole === "POLE-IX")!;
    expect(t.pyramide.lignes.map((l) => [l.hommes, l.femmes])).toEqual(attendu.ageSexe);
    expect([t.pyramide.hommes, t.pyramide.femmes]).toEqual([3_541, 6_063]);
    expect(t.population.allocataires).toBe(8_311);
    expect(Math.round(t.pyramide.part45EtPlus! * 1000) / 10).toBe(35.9);
    expect(t.references.find((r) => r.indicateur === "TAUX_CONTRACTUALISATION")?.valeur).toBe(82.4);
  });

  it("la vue départementale additionne les dix pôles", async () => {
    const t = await tableauDeBord(await contexteDe(db, "admin@cd13.demo"), filtres());
    expect(t.population.personnes).toBe(71_719);
    expect(t.population.allocataires).toBe(62_303);
    expect([t.pyramide.hommes, t.pyramide.femmes]).toEqual([29_573, 42_146]);
  });

  it("le responsable est cantonné à son territoire ; le référent n'a pas de tableau de bord", async () => {
    const pole4 = await db.territoire.findFirstOrThrow({ where: { code: "POLE-IV" } });
    const responsable = await contexteDe(db, "responsable.pole3@cd13.demo");
    await expect(tableauDeBord(responsable, filtres(pole4.id))).rejects.toBeInstanceOf(ErreurIntrouvable);
    expect((await tableauDeBord(responsable, filtres())).titre).toContain("Marseille III");
    await expect(tableauDeBord(await contexteDe(db, "referent.pole3@cd13.demo"), filtres())).rejects.toBeInstanceOf(ErreurPermission);
  });
});
