// Comparaisons d'une période avec la précédente (issue 10) : chaque chiffre N-1 égale un compte SQL direct
// sur les données de démonstration ; coûts des territoires cohérents avec le chiffre du département.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { creerClient } from "@/lib/db-script";
import { comparerExercices } from "@/lib/budgets/queries/comparer-exercices";
import { pageBudgets } from "@/lib/budgets/queries/page-budgets";
import { comparerFluxCaf } from "@/lib/tableaux-de-bord/queries/flux-caf";
import { fluxParMois } from "@/lib/imports/queries/evenements";
import { porteeTableau } from "@/lib/tableaux-de-bord/queries/cartes";
import { resultatsConventions, resultatsConventionsParAnnee } from "@/lib/tableaux-de-bord/queries/resultats-conventions";
import { comparerTerritoires } from "@/lib/tableaux-de-bord/queries/comparer-territoires";
import { tableauDroitsDevoirs, schemaFiltresTableauDD } from "@/lib/droits-devoirs/queries/tableau-droits-devoirs";
import { comparerPeriodesDD } from "@/lib/droits-devoirs/queries/comparer-periodes";
import { chargerDemo, contexteDe } from "./outils";

let db: PrismaClient;
beforeAll(async () => {
  db = creerClient();
  await chargerDemo(db);
}, 180_000);
afterAll(async () => db.$disconnect());

const departement = async (code: string) => (await db.departement.findFirstOrThrow({ where: { code } })).id;

describe("budget : l'exercice comparé au précédent", () => {
  it("tableau de bord (tout le département) : prévu, engagé, mandaté par axe et prévu par financeur de N-1 égaux aux sommes SQL directes", async () => {
    const ctx = await contexteDe(db, "charge.mission@cd13.demo");
    const d = await departement("13");
    const c = await comparerExercices(ctx, 2020);
    for (const exercice of [2020, 2019]) {
      const [direct] = await db.$queryRaw<{ prevu: bigint; engage: bigint; mandate: bigint }[]>`
        SELECT sum(v.prevu)::bigint AS prevu, sum(v.engage)::bigint AS engage, sum(v.mandate)::bigint AS mandate
        FROM ligne_budgetaire l JOIN v_etat_ligne v ON v.id = l.id WHERE l.departement_id = ${d} AND l.exercice = ${exercice}`;
      const total = c.postes.find((p) => p.niveau === "total")!;
      const [prevu, engage, mandate] = exercice === 2020 ? [total.prevu, total.engage, total.mandate] : [total.prevuPrecedent, total.engagePrecedent, total.mandatePrecedent];
      expect({ prevu, engage, mandate }).toEqual({ prevu: Number(direct!.prevu), engage: Number(direct!.engage), mandate: Number(direct!.mandate) });
    }
    // N-1 : 5 218 310 € prévus en 2019 (plan pauvreté, D1), dont des crédits engagés
    expect(c.postes.find((p) => p.niveau === "total")!.prevuPrecedent).toBe(521_831_000);
    expect(c.postes.find((p) => p.niveau === "total")!.engagePrecedent).toBeGreaterThan(0);
    const parAxe = await db.$queryRaw<{ axe: string; prevu: bigint }[]>`
      SELECT a.code || ' ' || a.intitule AS axe, sum(l.prevu_centimes)::bigint AS prevu FROM ligne_budgetaire l JOIN axe_programme a ON a.id = l.axe_id
      WHERE l.departement_id = ${d} AND l.exercice = 2019 GROUP BY 1`;
    expect(parAxe.length).toBeGreaterThan(1);
    for (const a of parAxe) expect(c.postes.find((p) => p.niveau === "axe" && p.axe === a.axe)!.prevuPrecedent, a.axe).toBe(Number(a.prevu));
    const financeurs = await db.$queryRaw<{ financeur: string; prevu: bigint }[]>`
      SELECT pf.financeur::text AS financeur, sum(pf.montant_centimes)::bigint AS prevu FROM part_financeur pf JOIN ligne_budgetaire l ON l.id = pf.ligne_id
      WHERE l.departement_id = ${d} AND l.exercice = 2019 GROUP BY 1`;
    for (const f of financeurs) expect(c.financeurs.find((x) => x.financeur === f.financeur)!.prevuPrecedent, f.financeur).toBe(Number(f.prevu));
    expect(c.financeurs.find((x) => x.financeur === "FSE_PLUS")).toMatchObject({ prevuPrecedent: 0 }); // FSE+ seulement en 2020
  });

  it("/budgets : un programme, ses familles de lignes (même intitulé) d'un exercice à l'autre ; l'autre département n'y est pas", async () => {
    const ctx = await contexteDe(db, "charge.mission@orne.demo");
    const programme = await db.programme.findFirstOrThrow({ where: { intitule: { startsWith: "Programme local d'insertion" } } });
    const { compare, selection } = await pageBudgets(ctx, { programme: programme.id, exercice: 2020, comparer: true });
    expect(selection!.exercice).toBe(2020);
    const familles = await db.$queryRaw<{ libelle: string; exercice: number; prevu: bigint }[]>`
      SELECT libelle, exercice, sum(prevu_centimes)::bigint AS prevu FROM ligne_budgetaire WHERE programme_id = ${programme.id} AND exercice IN (2019, 2020) GROUP BY 1, 2`;
    const famille = (libelle: string) => compare!.postes.find((p) => p.niveau === "famille" && p.famille === libelle)!;
    for (const f of familles) expect(f.exercice === 2020 ? famille(f.libelle).prevu : famille(f.libelle).prevuPrecedent, `${f.libelle} ${f.exercice}`).toBe(Number(f.prevu));
    expect(famille("PLICS-A1 Primo professionnelle").prevuPrecedent).toBeGreaterThan(0);
    // une ligne nouvelle en 2020 : 0 € en 2019
    expect(famille("PLICS-C7 Marchons pour mieux communiquer – Vimoutiers").prevuPrecedent).toBe(0);
    // sans « comparer », pas de requête de comparaison
    expect((await pageBudgets(ctx, { programme: programme.id, exercice: 2020 })).compare).toBeNull();
    // le CD13 ne voit pas les lignes de l'Orne
    const cd13 = await comparerExercices(await contexteDe(db, "charge.mission@cd13.demo"), 2020, programme.id);
    expect(cd13.postes).toEqual([]);
  });
});

describe("flux CAF / MSA : l'année comparée à la précédente", () => {
  it("les totaux N et N-1 égalent les comptes SQL des événements ; le lecteur ne voit pas les effectifs de 1 à 10", async () => {
    const d = await departement("13");
    const foyers = await db.foyer.findMany({ where: { departementId: d, }, take: 30, select: { id: true, territoireId: true } });
    const evenements = (type: string, annee: number, n: number) =>
      foyers.slice(0, n).map((f, i) => ({ departementId: d, foyerId: f.id, type, date: new Date(Date.UTC(annee, i % 12, 10)), territoireApresId: f.territoireId }));
    await db.evenementFoyer.createMany({ data: [...evenements("ENTRANT", 2024, 25), ...evenements("SORTANT", 2024, 12), ...evenements("ENTRANT", 2023, 14), ...evenements("SORTANT", 2023, 5), ...evenements("SUSPENSION", 2023, 3)] });
    const ctx = await contexteDe(db, "charge.mission@cd13.demo");
    const p = await porteeTableau(ctx, { territoire: "", annee: 2024 });
    const lignes = await comparerFluxCaf(ctx, p, await fluxParMois(ctx, null, 2024));
    const direct = await db.$queryRaw<{ type: string; annee: number; n: number }[]>`
      SELECT type, extract(year FROM date)::int AS annee, count(*)::int AS n FROM evenement_foyer WHERE departement_id = ${d} GROUP BY 1, 2`;
    const compte = (type: string, annee: number) => direct.find((x) => x.type === type && x.annee === annee)?.n ?? 0;
    const ligne = (cle: string) => lignes.find((l) => l.cle === cle)!;
    expect(ligne("entrants")).toMatchObject({ n: compte("ENTRANT", 2024), precedente: compte("ENTRANT", 2023) });
    expect(ligne("sortants")).toMatchObject({ n: compte("SORTANT", 2024), precedente: compte("SORTANT", 2023) });
    expect(ligne("suspensions")).toMatchObject({ n: 0, precedente: 3 });
    expect(ligne("entrants").precedente).toBe(14);
    const lecteur = await contexteDe(db, "lecteur@cd13.demo");
    const masque = await comparerFluxCaf(lecteur, await porteeTableau(lecteur, { territoire: "", annee: 2024 }), await fluxParMois(lecteur, null, 2024));
    expect(masque.find((l) => l.cle === "sortants")).toMatchObject({ n: 12, precedente: null }); // 5 : masqué
    expect(masque.find((l) => l.cle === "entrants")).toMatchObject({ n: 25, precedente: 14 });
    // le tableau par mois de la carte : 2 ou 3 entrants par mois, masqués pour le lecteur, montrés au chargé de mission
    const fluxLecteur = await fluxParMois(lecteur, null, 2024);
    expect(fluxLecteur.parMois).toHaveLength(12);
    expect(fluxLecteur.parMois.every((m) => m.entrants === null && m.sortants === null)).toBe(true);
    expect(fluxLecteur.totaux).toMatchObject({ entrants: 25, sortants: 12 });
    expect((await fluxParMois(ctx, null, 2024)).parMois.map((m) => m.entrants).reduce((a, b) => a! + b!, 0)).toBe(25);
  });
});

describe("commissions : la période comparée à la précédente, de même durée", () => {
  it("les situations examinées des n mois d'avant égalent le compte SQL direct, sans recouvrement avec la période ; les instances se somment au total", async () => {
    const ctx = await contexteDe(db, "charge.mission@cd13.demo");
    const f = schemaFiltresTableauDD.parse({ mois: "6", comparer: "1" });
    expect(f).toEqual({ mois: 6, comparer: true });
    const courante = await tableauDroitsDevoirs(ctx, f);
    const c = await comparerPeriodesDD(ctx, f, courante);
    const [direct] = await db.$queryRaw<{ courante: number; precedente: number; suspensions_prec: number }[]>`
      SELECT count(*) FILTER (WHERE se.date >= now() - interval '6 months')::int AS courante,
             count(*) FILTER (WHERE se.date >= now() - interval '12 months' AND se.date < now() - interval '6 months')::int AS precedente,
             (SELECT count(*) FROM decision_sanction d JOIN situation_examen s2 ON s2.id = d.situation_id JOIN session_commission se2 ON se2.id = s2.session_id
              WHERE s2.departement_id = ${ctx.acteur.departementId} AND s2.statut IN ('DECIDEE', 'CLASSEE') AND d.type = 'SUSPENSION_REMOBILISATION'
                AND se2.date >= now() - interval '12 months' AND se2.date < now() - interval '6 months')::int AS suspensions_prec
      FROM situation_examen s JOIN session_commission se ON se.id = s.session_id
      WHERE s.departement_id = ${ctx.acteur.departementId} AND s.statut IN ('DECIDEE', 'CLASSEE')`;
    const examinees = c.total.find((l) => l.libelle === "Situations examinées")!;
    expect(examinees).toMatchObject({ n: direct!.courante, precedente: direct!.precedente });
    expect(direct!.precedente).toBeGreaterThan(0);
    expect(c.total.find((l) => l.libelle === "Suspension-remobilisation")!.precedente).toBe(direct!.suspensions_prec);
    expect(c.instances.reduce((s, l) => s + (l.precedente ?? 0), 0)).toBe(direct!.precedente);
    expect(c.instances.reduce((s, l) => s + (l.n ?? 0), 0)).toBe(direct!.courante);
  });
});

describe("conventions : coûts par année et par territoire", () => {
  it("les conventions commencées en N et N-1 : parcours et coûts égaux au calcul SQL direct", async () => {
    const ctx = await contexteDe(db, "charge.mission@orne.demo");
    const r = await resultatsConventionsParAnnee(ctx, await porteeTableau(ctx, { territoire: "", annee: 2020 }));
    const [direct] = await db.$queryRaw<{ conventions: number; parcours: number; montant: bigint }[]>`
      SELECT count(DISTINCT c.id)::int AS conventions,
             (SELECT count(*) FROM convention c2 JOIN convention_action ca ON ca.convention_id = c2.id
                JOIN prescription pr ON pr.action_id = ca.action_id AND pr.date_entree BETWEEN c2.date_debut AND c2.date_fin
              WHERE c2.departement_id = ${ctx.acteur.departementId} AND c2.montant_initial_centimes IS NOT NULL AND extract(year FROM c2.date_debut) = 2019)::int AS parcours,
             sum(montant_courant_convention(c.id))::bigint AS montant
      FROM convention c WHERE c.departement_id = ${ctx.acteur.departementId} AND c.montant_initial_centimes IS NOT NULL AND extract(year FROM c.date_debut) = 2019`;
    expect(r.precedente).toMatchObject({ annee: 2019, conventions: direct!.conventions, parcours: direct!.parcours, montant: Number(direct!.montant) });
    expect(r.precedente.parcours).toBeGreaterThan(0);
    expect(r.annee.annee).toBe(2020);
    expect(r.annee.conventions).toBeGreaterThan(0);
  });

  it("territoires : parcours et montants imputés se somment au département ; coût du département = somme des montants ÷ somme des parcours", async () => {
    for (const courriel of ["charge.mission@cd13.demo", "charge.mission@orne.demo"]) {
      const ctx = await contexteDe(db, courriel);
      const t = await comparerTerritoires(ctx, 2020, "coutParParcours", "desc");
      const dep = (await resultatsConventions(ctx, await porteeTableau(ctx, { territoire: "", annee: 2020 }))).filter((l) => (l.parcours ?? 0) > 0);
      const parcours = dep.reduce((s, l) => s + l.parcours!, 0);
      const montant = dep.reduce((s, l) => s + l.montant!, 0);
      const dyn = dep.reduce((s, l) => s + l.durable! + l.transition! + l.positive!, 0);
      const somme = (f: (c: NonNullable<(typeof t.lignes)[number]["conventions"]>) => number) => t.lignes.reduce((s, l) => s + f(l.conventions!), 0);
      expect(somme((c) => c.parcours), courriel).toBe(parcours);
      expect(somme((c) => c.dynamiques), courriel).toBe(dyn);
      expect(Math.abs(somme((c) => c.montant) - montant), courriel).toBeLessThanOrEqual(t.lignes.length * dep.length); // arrondis au centime
      // chaque coût = montant imputé ÷ parcours ; pondérés par les parcours, ils redonnent le coût du département
      for (const l of t.lignes) if (l.conventions!.parcours) expect(l.coutParParcours).toBe(Math.round(l.conventions!.montant / l.conventions!.parcours));
      const pondere = t.lignes.reduce((s, l) => s + (l.coutParParcours ?? 0) * l.conventions!.parcours, 0) / parcours;
      expect(Math.abs(pondere - montant / parcours), courriel).toBeLessThanOrEqual(1);
      // triable, plus haut et plus bas marqués
      const couts = t.lignes.map((l) => l.coutParParcours).filter((v): v is number => v !== null);
      expect(couts).toEqual([...couts].sort((a, b) => b - a));
      if (couts.length >= 2) expect(t.extremes.coutParParcours).toEqual({ max: Math.max(...couts), min: Math.min(...couts) });
      expect(t.colonnes.map((c) => c.cle)).toContain("coutParSortiePositive");
    }
  });
});
