import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { creerClient } from "@/lib/db-script";
import { comparerChiffresPublies } from "@/lib/chiffres-publies/queries/comparer-chiffres";
import { ErreurIntrouvable } from "@/lib/errors";
import { comparerTerritoires } from "@/lib/tableaux-de-bord/queries/comparer-territoires";
import { carteContrats, carteDelais, carteSorties, type Portee } from "@/lib/tableaux-de-bord/queries/cartes";
import { chargerDemo, contexteDe } from "./outils";

let db: PrismaClient;
// le chargement de la démonstration approche la minute sur une machine chargée : marge explicite
beforeAll(async () => {
  db = creerClient();
  await chargerDemo(db);
}, 180_000);
afterAll(async () => db.$disconnect());

// Le document D4, recopié ligne par ligne : [ligne, thème, indicateur, dimension, territoire, action, valeur].
const D4: [number, string, string, string, string | null, string | null, number][] = [
    [85, "ALLOCATAIRES", "MENAGES_ALLOCATAIRES", "", null, null, 6592],
    [85, "ALLOCATAIRES", "EVOLUTION_MENAGES", "", null, null, -4.9],
    [90, "ALLOCATAIRES", "EVOLUTION_MENAGES", "", "CRSA-ALENCON", null, -3.6],
    [91, "ALLOCATAIRES", "EVOLUTION_MENAGES", "", "CRSA-ARGENTAN", null, -4.8],
    [92, "ALLOCATAIRES", "EVOLUTION_MENAGES", "", "CRSA-FLERS", null, -4.9],
    [93, "ALLOCATAIRES", "EVOLUTION_MENAGES", "", "CRSA-MORTAGNE", null, -6.5],
    [95, "ALLOCATAIRES", "PERSONNES_COUVERTES", "", null, null, 13520],
    [95, "ALLOCATAIRES", "POPULATION", "", null, null, 285300],
    [95, "ALLOCATAIRES", "TAUX_COUVERTURE", "", null, null, 4.74],
    [174, "ALLOCATAIRES", "PART_FEMMES", "", null, null, 53],
    [174, "ALLOCATAIRES", "PART_HOMMES", "", null, null, 47],
    [176, "ALLOCATAIRES", "PART_26_35", "", null, null, 29.5],
    [176, "ALLOCATAIRES", "PART_18_25", "", null, null, 8.5],
    [178, "ALLOCATAIRES", "PART_PERSONNES_SEULES", "", null, null, 53],
    [178, "ALLOCATAIRES", "PART_MONOPARENTALES", "", null, null, 27],
    [182, "ALLOCATAIRES", "PART_ANCIENNETE_36_MOIS", "", null, null, 57],
    [224, "PLICS", "MESURES_MOBILISEES", "", "CRSA-ARGENTAN", null, 419],
    [256, "PLICS", "PART_NIVEAU_V_OU_MOINS", "", "CRSA-ARGENTAN", null, 91],
    [258, "PLICS", "PART_ISOLES", "", "CRSA-ARGENTAN", null, 73],
    [1665, "AIDES", "SOMME", "FSI", null, null, 83952],
    [1665, "AIDES", "NOMBRE", "FSI", null, null, 337],
    [1665, "AIDES", "MOYENNE", "FSI", null, null, 249],
    [1667, "AIDES", "SOMME", "FSI", "CRSA-ARGENTAN", null, 29453],
    [1667, "AIDES", "NOMBRE", "FSI", "CRSA-ARGENTAN", null, 106],
    [1667, "AIDES", "MOYENNE", "FSI", "CRSA-ARGENTAN", null, 278],
    [1676, "AIDES", "SOMME", "FSL", null, null, 240680],
    [1678, "AIDES", "NOMBRE", "FSL", null, null, 1981],
    [1678, "AIDES", "MOYENNE", "FSL", null, null, 121.49],
    [1680, "AIDES", "SOMME", "FSL", "CRSA-ARGENTAN", null, 88441],
    [1680, "AIDES", "NOMBRE", "FSL", "CRSA-ARGENTAN", null, 457],
    [1680, "AIDES", "MOYENNE", "FSL", "CRSA-ARGENTAN", null, 194],
    [1688, "AIDES", "SOMME", "FAJD", null, null, 39977],
    [1690, "AIDES", "NOMBRE", "FAJD", null, null, 326],
    [1690, "AIDES", "MOYENNE", "FAJD", null, null, 122.63],
    [1692, "AIDES", "SOMME", "FAJD", "CRSA-ARGENTAN", null, 8937],
    [1692, "AIDES", "NOMBRE", "FAJD", "CRSA-ARGENTAN", null, 49],
    [1692, "AIDES", "MOYENNE", "FAJD", "CRSA-ARGENTAN", null, 182],
    [275, "EVALUATION_ACTION", "PARTICIPANTS", "", "CRSA-ARGENTAN", "PLICS-C1", 38],
    [275, "EVALUATION_ACTION", "CONVENTIONNES", "", "CRSA-ARGENTAN", "PLICS-C1", 40],
    [290, "EVALUATION_ACTION", "PART_FEMMES", "", "CRSA-ARGENTAN", "PLICS-C1", 50],
    [363, "EVALUATION_ACTION", "PARTICIPANTS", "", "CRSA-ARGENTAN", "PLICS-C2", 17],
    [363, "EVALUATION_ACTION", "CONVENTIONNES", "", "CRSA-ARGENTAN", "PLICS-C2", 9],
    [382, "EVALUATION_ACTION", "PART_MOINS_36", "", "CRSA-ARGENTAN", "PLICS-C2", 29],
    [438, "EVALUATION_ACTION", "PARTICIPANTS", "", "CRSA-ARGENTAN", "PLICS-C3", 19],
    [516, "EVALUATION_ACTION", "PARTICIPANTS", "", "CRSA-ARGENTAN", "PLICS-A1", 27],
    [516, "EVALUATION_ACTION", "CONVENTIONNES", "", "CRSA-ARGENTAN", "PLICS-A1", 26],
    [517, "EVALUATION_ACTION", "SORTIES", "", "CRSA-ARGENTAN", "PLICS-A1", 17],
    [525, "EVALUATION_ACTION", "PART_FEMMES", "", "CRSA-ARGENTAN", "PLICS-A1", 27],
    [540, "EVALUATION_ACTION", "OBJECTIF_SUITE_PARCOURS", "", "CRSA-ARGENTAN", "PLICS-A1", 50],
    [622, "EVALUATION_ACTION", "PARTICIPANTS", "", "CRSA-ARGENTAN", "PLICS-A2", 99],
    [622, "EVALUATION_ACTION", "ETP_REALISES", "", "CRSA-ARGENTAN", "PLICS-A2", 31.11],
    [622, "EVALUATION_ACTION", "ETP_CONVENTIONNES", "", "CRSA-ARGENTAN", "PLICS-A2", 30],
    [626, "EVALUATION_ACTION", "SORTIES", "", "CRSA-ARGENTAN", "PLICS-A2", 52],
    [630, "EVALUATION_ACTION", "ABANDONS", "", "CRSA-ARGENTAN", "PLICS-A2", 2],
    [635, "EVALUATION_ACTION", "IMMERSIONS", "", "CRSA-ARGENTAN", "PLICS-A2", 40],
    [643, "EVALUATION_ACTION", "SORTIES_DYNAMIQUES", "", "CRSA-ARGENTAN", "PLICS-A2", 28],
    [643, "EVALUATION_ACTION", "TAUX_SORTIES_DYNAMIQUES", "", "CRSA-ARGENTAN", "PLICS-A2", 54],
    [643, "EVALUATION_ACTION", "OBJECTIF_SORTIES_DYNAMIQUES", "", "CRSA-ARGENTAN", "PLICS-A2", 50],
    [714, "EVALUATION_ACTION", "PARTICIPANTS", "", "CRSA-ARGENTAN", "PLICS-A3", 31],
    [714, "EVALUATION_ACTION", "ETP_REALISES", "", "CRSA-ARGENTAN", "PLICS-A3", 9.43],
    [714, "EVALUATION_ACTION", "ETP_CONVENTIONNES", "", "CRSA-ARGENTAN", "PLICS-A3", 8.91],
    [718, "EVALUATION_ACTION", "SORTIES", "", "CRSA-ARGENTAN", "PLICS-A3", 18],
    [735, "EVALUATION_ACTION", "SORTIES_DYNAMIQUES", "", "CRSA-ARGENTAN", "PLICS-A3", 10],
    [735, "EVALUATION_ACTION", "TAUX_SORTIES_DYNAMIQUES", "", "CRSA-ARGENTAN", "PLICS-A3", 62],
    [735, "EVALUATION_ACTION", "OBJECTIF_SORTIES_DYNAMIQUES", "", "CRSA-ARGENTAN", "PLICS-A3", 50],
    [797, "EVALUATION_ACTION", "PARTICIPANTS", "", "CRSA-ARGENTAN", "PLICS-A4", 16],
    [797, "EVALUATION_ACTION", "ETP_REALISES", "", "CRSA-ARGENTAN", "PLICS-A4", 6.5],
    [797, "EVALUATION_ACTION", "ETP_CONVENTIONNES", "", "CRSA-ARGENTAN", "PLICS-A4", 6.72],
    [801, "EVALUATION_ACTION", "SORTIES", "", "CRSA-ARGENTAN", "PLICS-A4", 11],
    [814, "EVALUATION_ACTION", "SORTIES_DYNAMIQUES", "", "CRSA-ARGENTAN", "PLICS-A4", 8],
    [814, "EVALUATION_ACTION", "TAUX_SORTIES_DYNAMIQUES", "", "CRSA-ARGENTAN", "PLICS-A4", 73],
    [814, "EVALUATION_ACTION", "OBJECTIF_SORTIES_DYNAMIQUES", "", "CRSA-ARGENTAN", "PLICS-A4", 50],
    [930, "EVALUATION_ACTION", "PARTICIPANTS", "", "CRSA-ARGENTAN", "PLICS-A5", 17],
    [930, "EVALUATION_ACTION", "CONVENTIONNES", "", "CRSA-ARGENTAN", "PLICS-A5", 8],
    [939, "EVALUATION_ACTION", "SORTIES", "", "CRSA-ARGENTAN", "PLICS-A5", 7],
    [942, "EVALUATION_ACTION", "SORTIES_POSITIVES", "", "CRSA-ARGENTAN", "PLICS-A5", 5],
    [942, "EVALUATION_ACTION", "TAUX_SORTIES_POSITIVES", "", "CRSA-ARGENTAN", "PLICS-A5", 71],
    [1053, "EVALUATION_ACTION", "PARTICIPANTS", "", "CRSA-ARGENTAN", "PLICS-A6", 36],
    [1053, "EVALUATION_ACTION", "CONVENTIONNES", "", "CRSA-ARGENTAN", "PLICS-A6", 30],
    [1055, "EVALUATION_ACTION", "ABANDONS", "", "CRSA-ARGENTAN", "PLICS-A6", 2],
    [1055, "EVALUATION_ACTION", "HEURES_TRAVAILLEES", "", "CRSA-ARGENTAN", "PLICS-A6", 7887],
    [1057, "EVALUATION_ACTION", "SORTIES", "", "CRSA-ARGENTAN", "PLICS-A6", 13],
    [1072, "EVALUATION_ACTION", "OBJECTIF_HEURES_PAR_PERSONNE", "", "CRSA-ARGENTAN", "PLICS-A6", 200],
    [1242, "EVALUATION_ACTION", "PARTICIPANTS", "", "CRSA-ARGENTAN", "PLICS-B2", 24],
    [1242, "EVALUATION_ACTION", "CONVENTIONNES", "", "CRSA-ARGENTAN", "PLICS-B2", 24],
    [1252, "EVALUATION_ACTION", "TAUX_REUSSITE_CODE", "", "CRSA-ARGENTAN", "PLICS-B2", 100],
    [1262, "EVALUATION_ACTION", "TAUX_REUSSITE_PERMIS_BRSA", "", "CRSA-ARGENTAN", "PLICS-B2", 92],
    [1414, "EVALUATION_ACTION", "PARTICIPANTS", "", "CRSA-ARGENTAN", "PLICS-C4", 296],
    [1419, "EVALUATION_ACTION", "CONTRATS", "", "CRSA-ARGENTAN", "PLICS-C4", 333],
    [1447, "EVALUATION_ACTION", "PARTICIPANTS", "", "CRSA-ARGENTAN", "PLICS-C5", 10],
    [1452, "EVALUATION_ACTION", "CONTRATS", "", "CRSA-ARGENTAN", "PLICS-C5", 19],
    [1594, "EVALUATION_ACTION", "PARTICIPANTS", "", "CRSA-ARGENTAN", "PLICS-C8", 29],
    [1595, "EVALUATION_ACTION", "SORTIES", "", "CRSA-ARGENTAN", "PLICS-C8", 20],
];

/** Formes qu'un nombre prend dans le texte du document : « 6 592 », « 4,9 », « 121.49 ». */
function formes(v: number): string[] {
  const abs = Math.abs(v);
  const [e, d] = String(abs).split(".");
  const milliers = e!.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return [milliers, e!].flatMap((x) => (d ? [`${x},${d}`, `${x}.${d}`] : [x]));
}

describe("chiffres publiés de l'Orne (D4) : chargés tels que le document les donne", () => {
  it("chaque chiffre du document est en base, avec sa ligne, et rien d'autre", async () => {
    const enBase = await db.chiffrePublie.findMany({ where: { departement: { code: "61" } }, include: { territoire: { select: { code: true } }, action: { select: { code: true } } } });
    const lignes = enBase.map((c) => [Number(c.source.replace("D4 L", "")), c.theme, c.indicateur, c.dimension, c.territoire?.code ?? null, c.action?.code ?? null, c.valeur]);
    expect(lignes.sort()).toEqual([...D4].sort());
  });

  const SOURCE = "/work/shared/seeds/004_1c9f6ac27e0df346.txt";
  it.skipIf(!fs.existsSync(SOURCE))("chaque valeur figure sur la ligne citée du document source", () => {
    const texte = fs.readFileSync(SOURCE, "utf8").split("\n");
    const absentes = D4.filter(([ligne, , , , , , v]) => !formes(v).some((f) => texte[ligne - 1]!.replace(/\u00a0/g, " ").includes(f)));
    expect(absentes).toEqual([]);
  });
});

// D2 partie 1, activité du dispositif RSA 2023 : [ligne, indicateur, valeur]
const D2: [number, string, number][] = [
    [1809, "NOUVEAUX_ENTRANTS_RECUS", 17145],
    [1809, "RUPTURES_RECUES", 12376],
    [1810, "ENTRETIENS_ORIENTATION", 29000],
    [1810, "ENTRETIENS_PRESENTIEL", 25000],
    [1813, "TAUX_CONTRACTUALISATION", 80],
    [1823, "EQUIPES_PLURIDISCIPLINAIRES", 10],
    [1825, "SITUATIONS_EP", 11000],
    [1833, "CONTROLES_MIN", 1500],
    [1833, "CONTROLES_MAX", 2000],
    [938, "AG_CONSEILLERS", 46],
    [938, "AG_PERSONNES", 4000],
    [939, "AG_TAUX_SORTIES_POSITIVES", 36],
    [939, "AG_TAUX_EMPLOI_DURABLE", 29],
    [952, "AGT_TAUX_SORTIES_POSITIVES", 41],
    [964, "PLIE_DAPE_PERSONNES", 10000],
    [1233, "ACCELERATEUR_BRSA", 2400],
    [1234, "ACCELERATEUR_SEQUENCES", 34],
    [1236, "BUS_SORTIES", 42],
    [1251, "EMPLOIS_PROVENCE_CONTRATS", 1500],
    [1264, "EMPLOIS_PROVENCE_CDI", 77.5],
    [1270, "PEC_BRSA", 1549],
    [1271, "PEC_CONTRATS", 3800],
    [1280, "JOB_PROVENCE_INSCRITS", 2600],
    [1325, "CLAUSES_PERSONNES", 517],
    [1326, "CLAUSES_PART_BRSA", 36],
    [1373, "CLUB_RECRUTEMENTS", 537],
    [1373, "CLUB_ADHERENTS", 650],
];

describe("chiffres publiés des Bouches-du-Rhône (D2 partie 1)", () => {
  it("l'activité de l'orientation et des équipes pluridisciplinaires est en base, avec sa ligne", async () => {
    const enBase = await db.chiffrePublie.findMany({ where: { departement: { code: "13" }, theme: "ACTIVITE_RSA" } });
    expect(enBase.map((c) => [Number(c.source.replace("D2 L", "")), c.indicateur, c.valeur]).sort()).toEqual([...D2].sort());
  });
  const SOURCE = "/work/shared/seeds/002_b5284c77bf117809.txt";
  it.skipIf(!fs.existsSync(SOURCE))("chaque valeur figure sur la ligne citée de D2", () => {
    const texte = fs.readFileSync(SOURCE, "utf8").split("\n");
    expect(D2.filter(([ligne, , v]) => !formes(v).some((f) => texte[ligne - 1]!.replace(/\u00a0/g, " ").includes(f)))).toEqual([]);
  });
  it("le tableau de bord du département les montre à côté du calcul ; un pôle n'en a pas", async () => {
    const r = await comparerChiffresPublies(await contexteDe(db, "lecteur@cd13.demo"), null);
    expect(r.annee).toBe(2023);
    const taux = r.activite.find((c) => c.indicateur === "TAUX_CONTRACTUALISATION")!;
    expect(taux.publie).toBe(80);
    expect(taux.calcule).toBeGreaterThan(50);
    const pole = await db.territoire.findFirstOrThrow({ where: { code: "POLE-I" } });
    expect((await comparerChiffresPublies(await contexteDe(db, "lecteur@cd13.demo"), pole.id)).annee).toBeNull();
  });
});

describe("la synthèse reproduit les bilans publiés des actions du PLICS (2019)", () => {
  const evaluation = async (code: string) => {
    const argentan = await db.territoire.findFirstOrThrow({ where: { code: "CRSA-ARGENTAN" } });
    const r = await comparerChiffresPublies(await contexteDe(db, "responsable.argentan@orne.demo"), argentan.id);
    return Object.fromEntries(r.evaluations.find((e) => e.code === code)!.chiffres.map((c) => [c.indicateur, [c.publie, c.calcule]]));
  };
  it("ACI Développement : 99 entrées, 52 sorties, 2 abandons, 28 sorties dynamiques (54 %)", async () => {
    const e = await evaluation("PLICS-A2");
    for (const i of ["PARTICIPANTS", "SORTIES", "ABANDONS", "SORTIES_DYNAMIQUES"]) expect(e[i]![1], i).toBe(e[i]![0]);
    expect(Math.round(e.TAUX_SORTIES_DYNAMIQUES![1]!)).toBe(54);
  });
  it("Jardins dans la ville (73 %) et Secours populaire (71 %)", async () => {
    const a4 = await evaluation("PLICS-A4");
    expect([a4.PARTICIPANTS![1], a4.SORTIES![1], a4.SORTIES_DYNAMIQUES![1], Math.round(a4.TAUX_SORTIES_DYNAMIQUES![1]!)]).toEqual([16, 11, 8, 73]);
    const a5 = await evaluation("PLICS-A5");
    expect([a5.PARTICIPANTS![1], a5.SORTIES![1], a5.SORTIES_POSITIVES![1], Math.round(a5.TAUX_SORTIES_POSITIVES![1]!)]).toEqual([17, 7, 5, 71]);
  });
  it("AIPAA : les effectifs publiés sont reproduits ; le taux publié (62 %) ne se déduit pas des effectifs (10 / 18)", async () => {
    const e = await evaluation("PLICS-A3");
    expect([e.PARTICIPANTS![1], e.SORTIES![1], e.SORTIES_DYNAMIQUES![1]]).toEqual([31, 18, 10]);
    expect(e.TAUX_SORTIES_DYNAMIQUES).toEqual([62, 55.6]);
  });
});

describe("population synthétique de l'Orne (profil test, 1/50e)", () => {
  it("reproduit les ménages et les personnes couvertes publiés, à l'échelle", async () => {
    const r = await comparerChiffresPublies(await contexteDe(db, "lecteur@orne.demo"), null);
    const c = Object.fromEntries(r.allocataires.map((x) => [x.indicateur, x.calcule]));
    expect(c.MENAGES_ALLOCATAIRES).toBe(Math.round(6592 / 50));
    expect(c.PERSONNES_COUVERTES).toBe(Math.round(13520 / 50));
    // profil publié : 53 % de personnes seules, 27 % de familles monoparentales (à quelques points près à 1/50e)
    expect(Math.abs(c.PART_PERSONNES_SEULES! - 53)).toBeLessThan(10);
    expect(Math.abs(c.PART_MONOPARENTALES! - 27)).toBeLessThan(10);
  });
  it("chaque commission a des ménages ; un responsable ne lit pas une autre commission", async () => {
    for (const code of ["CRSA-ALENCON", "CRSA-ARGENTAN", "CRSA-FLERS", "CRSA-MORTAGNE"]) {
      const t = await db.territoire.findFirstOrThrow({ where: { code } });
      expect(await db.foyer.count({ where: { territoire: { chemin: { startsWith: t.chemin } } } }), code).toBeGreaterThan(10);
    }
    const flers = await db.territoire.findFirstOrThrow({ where: { code: "CRSA-FLERS" } });
    await expect(comparerChiffresPublies(await contexteDe(db, "responsable.argentan@orne.demo"), flers.id)).rejects.toBeInstanceOf(ErreurIntrouvable);
  });
});

describe("territoires comparés côte à côte", () => {
  it("les 10 pôles avec leurs chiffres publiés ; le plus haut et le plus bas repérés ; tri décroissant", async () => {
    const r = await comparerTerritoires(await contexteDe(db, "lecteur@cd13.demo"), 2026, "allocataires", "desc");
    expect(r.lignes).toHaveLength(10);
    expect(r.lignes[0]!.territoire).toMatch(/III/); // 10 856 allocataires publiés, le plus grand pôle
    expect(r.lignes.map((l) => l.arsaPublie)).toContain(10856);
    expect(r.extremes.arsaPublie).toEqual({ max: 10856, min: 2474 }); // Pôle III et Pôle X (D2)
    expect(r.extremes.tauxContractualisationPublie).toEqual({ max: 84.3, min: 75.5 });
    const alloc = r.lignes.map((l) => l.allocataires!);
    expect(alloc).toEqual([...alloc].sort((a, b) => b - a));
  });
  it("une règle, un endroit : les territoires additionnés redonnent les cartes du département (entrants, délais, population, sorties)", async () => {
    const ctx = await contexteDe(db, "charge.mission@cd13.demo");
    const annee = new Date().getUTCFullYear() - 1;
    const r = await comparerTerritoires(ctx, annee);
    const portee: Portee = { departementId: ctx.acteur.departementId, titre: "CD13", territoire: null, annee };
    const [delais, contrats, sorties] = await Promise.all([carteDelais(ctx, portee), carteContrats(ctx, portee), carteSorties(ctx, portee)]);
    const somme = (f: (l: (typeof r.lignes)[number]) => number) => r.lignes.reduce((s, l) => s + f(l), 0);
    expect(somme((l) => l.entrants!)).toBe(delais.entrants);
    expect(delais.entrants).toBeGreaterThan(100);
    expect(somme((l) => l.allocataires!)).toBe(contrats.population.allocataires);
    expect(somme((l) => l.sorties!)).toBe(sorties.reduce((s, x) => s + (x.n as number), 0));
  });
  it("l'Orne compare ses 4 commissions, sans colonnes publiées qu'elle n'a pas ; le responsable n'y a pas accès", async () => {
    const r = await comparerTerritoires(await contexteDe(db, "charge.mission@orne.demo"), 2019);
    expect(r.lignes.map((l) => l.territoire)).toEqual(["Commission RSA d'Alençon", "Commission RSA d'Argentan", "Commission RSA de Flers", "Commission RSA de Mortagne-au-Perche"]);
    expect(r.colonnes.map((c) => c.cle)).not.toContain("arsaPublie");
    expect(r.lignes.find((l) => l.territoire.includes("Argentan"))!.sorties).toBe(140); // sorties 2019 des actions du PLICS (abandons compris)
    await expect(comparerTerritoires(await contexteDe(db, "responsable.argentan@orne.demo"), 2019)).rejects.toBeInstanceOf(ErreurIntrouvable);
  });
});

describe("participations et sorties synthétiques des Bouches-du-Rhône", () => {
  it("chaque action a des participants dans sa capacité, des sorties de l'année et de la précédente, environ la moitié dynamiques", async () => {
    const annee = new Date().getUTCFullYear();
    const lignes = await db.$queryRaw<{ code: string; cap: number | null; unite: string; en_cours: number; compteur: number; sorties: number; sorties_prec: number; dynamiques: number }[]>`
      SELECT a.code, a.capacite AS cap, a.unite_capacite::text AS unite, a.participants_en_cours AS compteur,
             count(p.id) FILTER (WHERE p.statut = 'ENTREE')::int AS en_cours,
             count(p.id) FILTER (WHERE p.statut IN ('SORTIE', 'ABANDON') AND extract(year FROM p.date_sortie) = ${annee})::int AS sorties,
             count(p.id) FILTER (WHERE p.statut IN ('SORTIE', 'ABANDON') AND extract(year FROM p.date_sortie) = ${annee - 1})::int AS sorties_prec,
             count(p.id) FILTER (WHERE p.statut = 'SORTIE' AND p.type_sortie IN ('EMPLOI_DURABLE', 'EMPLOI_TRANSITION', 'SORTIE_POSITIVE')
                                 AND extract(year FROM p.date_sortie) IN (${annee}, ${annee - 1}))::int AS dynamiques
      FROM action_insertion a JOIN departement d ON d.id = a.departement_id AND d.code = '13'
      LEFT JOIN prescription p ON p.action_id = a.id
      WHERE NOT a.suspendue AND a.date_fin >= make_date(${annee}, 1, 1)
      GROUP BY a.id`;
    expect(lignes.length).toBeGreaterThan(30);
    for (const l of lignes) {
      expect(l.compteur, l.code).toBe(l.en_cours); // le compteur de l'action est celui des prescriptions
      if (l.cap !== null && l.unite !== "ETP") expect(l.en_cours, l.code).toBeLessThanOrEqual(Math.max(Math.ceil(l.cap!), 6)); // capacité (marge : files actives de démonstration)
      expect(l.sorties, l.code).toBeGreaterThan(0);
      expect(l.sorties_prec, l.code).toBeGreaterThan(0);
    }
    const total = lignes.reduce((s, l) => ({ sorties: s.sorties + l.sorties + l.sorties_prec, dyn: s.dyn + l.dynamiques }), { sorties: 0, dyn: 0 });
    expect(total.dyn / total.sorties).toBeGreaterThan(0.4);
    expect(total.dyn / total.sorties).toBeLessThan(0.6);
  });
});
