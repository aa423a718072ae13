// Projection des situations, une règle en un endroit (parité TypeScript ↔ SQL), périmètre SQL ↔ Prisma,
// liste et export des bénéficiaires. Une seule base chargée pour tout le fichier.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { creerClient } from "@/tests/setup/base";
import { ErreurIntrouvable } from "@/lib/errors";
import { perimetrePersonnes } from "@/lib/authz/perimetre";
import { perimetrePersonnesSql, perimetreSituationsSql, prefixeChemin, sousArbreSql } from "@/lib/authz/perimetre-sql";
import { COMPTES_DEMO } from "@/prisma/donnees/comptes";
import { STATUTS_CONTRAT_VIVANT, estContratVivant } from "@/lib/contrats/domain/contrat-vivant";
import { HEURES_MINIMUM, type StatutContrat } from "@/lib/contrats/domain/regles";
import { ALERTE_ECHEANCE_JOURS, DELAI_CONTRAT_JOURS, DELAI_ORIENTATION_JOURS, alertes, premierDansPeriodeDroits, trancheAge, type Alerte } from "@/lib/beneficiaires/domain/delais";
import { ALERTES, expressionsAlertes } from "@/lib/beneficiaires/situations-sql";
import { compteursFileActive, compteursFileActiveEnMemoire, fileActive, schemaFiltresFileActive } from "@/lib/beneficiaires/queries/file-active";
import { viderMemoire } from "@/lib/cache/memoire";
import { exporterFileActive } from "@/lib/beneficiaires/queries/exporter-file-active";
import { pageBeneficiaires } from "@/lib/beneficiaires/queries/page-beneficiaires";
import { orienter } from "@/lib/beneficiaires/commands/orienter";
import { rafraichirSituations, reconstruireSituations } from "@/lib/situations/rafraichir";
import { executerMaintenant } from "@/lib/taches/file";
import { demanderRafraichissementIndicateurs } from "@/lib/tableaux-de-bord/taches/demander";
import { montantCourant } from "@/lib/conventions/domain/convention";
import { schemaFiltresTableau, tableauDeBord } from "@/lib/tableaux-de-bord/queries/tableau-de-bord";
import { territoiresSeRecouvrent } from "@/lib/referentiels/domain/territoires";
import { acteurDe, chargerDemo, contexteDe } from "./outils";
import { perimetreListePrescriptions, perimetreListePrescriptionsSql } from "@/lib/prescriptions/perimetre";
import { listePrescriptions, schemaFiltresPrescriptions } from "@/lib/prescriptions/queries/prescriptions-operateur";
import { carteEnCache, DUREE_MS, viderCacheCartes } from "@/lib/tableaux-de-bord/cache-cartes";
import { carteSorties, porteeTableau } from "@/lib/tableaux-de-bord/queries/cartes";

let db: PrismaClient;
// chargement de la démonstration : plus d'une minute sur une machine chargée
beforeAll(async () => {
  db = creerClient();
  await chargerDemo(db);
}, 180_000);
afterAll(async () => db.$disconnect());

const tri = (ids: string[]) => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const JOUR = new Date();
const jourIso = JOUR.toISOString().slice(0, 10);

/** Lignes de la projection qui diffèrent de la vue v_situation_personne (la définition). */
async function ecartsProjection(): Promise<number> {
  const colonnes = (
    await db.$queryRaw<{ c: string }[]>`SELECT column_name AS c FROM information_schema.columns WHERE table_name = 'v_situation_personne' ORDER BY ordinal_position`
  ).map((r) => `"${r.c}"`);
  const liste = colonnes.join(", ");
  const [r] = await db.$queryRawUnsafe<{ n: bigint }[]>(
    `SELECT count(*) AS n FROM ((SELECT ${liste} FROM situation_personne EXCEPT SELECT ${liste} FROM v_situation_personne)
      UNION ALL (SELECT ${liste} FROM v_situation_personne EXCEPT SELECT ${liste} FROM situation_personne)) x`,
  );
  return Number(r!.n);
}

describe("une règle, un endroit : les fonctions SQL valent les constantes TypeScript", () => {
  it("statuts du contrat vivant, seuil des 15 heures, délais", async () => {
    const [r] = await db.$queryRaw<{ statuts: string[]; heures: number; orientation: number; contrat: number; echeance: number }[]>`
      SELECT statuts_contrat_vivant()::text[] AS statuts, heures_minimum_contrat() AS heures, delai_orientation_jours() AS orientation,
             delai_contrat_jours() AS contrat, alerte_echeance_jours() AS echeance`;
    expect(r!.statuts).toEqual([...STATUTS_CONTRAT_VIVANT]);
    expect(r!.heures).toBe(HEURES_MINIMUM);
    expect([r!.orientation, r!.contrat, r!.echeance]).toEqual([DELAI_ORIENTATION_JOURS, DELAI_CONTRAT_JOURS, ALERTE_ECHEANCE_JOURS]);
  });

  it("contrat_vivant() décide comme estContratVivant() pour chaque statut, la veille, le jour et le lendemain de la fin", async () => {
    const statuts: StatutContrat[] = ["BROUILLON", "SIGNE", "VALIDE", "EN_COURS", "ECHU", "ROMPU", "RENOUVELE"];
    const jour = new Date("2026-06-15T00:00:00Z");
    const cas = statuts.flatMap((statut) => [-1, 0, 1].map((d) => ({ statut, dateFin: new Date(jour.getTime() + d * 86_400_000) })));
    const valeurs = Prisma.join(cas.map((c) => Prisma.sql`(${c.statut}::statut_contrat, ${c.dateFin.toISOString().slice(0, 10)}::date)`));
    const sql = await db.$queryRaw<{ v: boolean }[]>`SELECT contrat_vivant(s, f, date '2026-06-15') AS v FROM (VALUES ${valeurs}) AS x(s, f)`;
    expect(sql.map((r) => r.v)).toEqual(cas.map((c) => estContratVivant(c, jour)));
    expect(estContratVivant({ statut: "BROUILLON", dateFin: new Date("2030-01-01") }, jour)).toBe(false);
  });

  it("tranche_age() range chaque date de naissance dans la même tranche que trancheAge()", async () => {
    const reference = new Date("2023-12-31T00:00:00Z");
    // tous les 11 jours sur 80 ans, plus les anniversaires de part et d'autre de la date de référence
    const dates: string[] = [];
    for (let t = Date.UTC(1940, 0, 1); t < Date.UTC(2021, 0, 1); t += 11 * 86_400_000) dates.push(new Date(t).toISOString().slice(0, 10));
    for (const a of [24, 25, 29, 30, 59, 60]) for (const j of ["12-30", "12-31", "01-01"]) dates.push(`${(a === 0 ? 2023 : 2023 - a) + (j === "01-01" ? 1 : 0)}-${j}`);
    const sql = await db.$queryRaw<{ t: string }[]>`SELECT tranche_age(d::date, date '2023-12-31') AS t FROM unnest(${dates}::text[]) WITH ORDINALITY AS x(d, i) ORDER BY i`;
    expect(sql.map((r) => r.t)).toEqual(dates.map((d) => trancheAge(new Date(`${d}T00:00:00Z`), reference)));
  });

  it("age_revolu() = age() en années pleines (29 février compris), et le planificateur l'inline (aucun appel par ligne)", async () => {
    const references = ["2023-12-31", "2023-02-28", "2023-03-01", "2024-02-29", "2025-11-30"];
    const naissances: string[] = ["2000-02-29", "1996-02-29", "1999-12-31", "2000-01-01", "1980-03-01", "1980-02-28"];
    for (let t = Date.UTC(1940, 0, 1); t < Date.UTC(2023, 0, 1); t += 13 * 86_400_000) naissances.push(new Date(t).toISOString().slice(0, 10));
    const ecarts = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM unnest(${naissances}::date[]) AS d(naissance) CROSS JOIN unnest(${references}::date[]) AS r(reference)
      WHERE naissance <= reference AND age_revolu(naissance, reference) <> extract(year FROM age(reference::timestamp, naissance::timestamp))::int`;
    expect(ecarts[0]!.n).toBe(0);
    // inlinée : le plan ne montre plus l'appel de fonction, mais son expression
    const plan = await db.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN (VERBOSE) SELECT age_revolu(date_naissance, date '2023-12-31') FROM personne`;
    expect(plan.map((l) => l["QUERY PLAN"]).join("\n")).not.toMatch(/age_revolu/);
  });

  it("montant_courant_convention() = montantCourant() pour chaque convention", async () => {
    const conventions = await db.convention.findMany({ select: { id: true, montantInitialCentimes: true, avenants: { select: { deltaMontantCentimes: true } } } });
    expect(conventions.length).toBeGreaterThan(0);
    const sql = await db.$queryRaw<{ id: string; m: bigint | null }[]>`SELECT id, montant_courant_convention(id) AS m FROM convention`;
    const parId = new Map(sql.map((r) => [r.id, r.m === null ? null : Number(r.m)]));
    for (const c of conventions) {
      expect(parId.get(c.id)).toBe(montantCourant(c.montantInitialCentimes === null ? null : Number(c.montantInitialCentimes), c.avenants.map((a) => Number(a.deltaMontantCentimes))));
    }
  });

  it("territoires_se_recouvrent() = territoiresSeRecouvrent() pour chaque paire de territoires", async () => {
    const chemins = (await db.territoire.findMany({ select: { chemin: true } })).map((t) => t.chemin);
    const sql = await db.$queryRaw<{ a: string; b: string; r: boolean }[]>`
      SELECT x.chemin AS a, y.chemin AS b, territoires_se_recouvrent(x.chemin, y.chemin) AS r FROM territoire x CROSS JOIN territoire y`;
    expect(sql.length).toBe(chemins.length ** 2);
    expect(sql.filter((l) => l.r !== territoiresSeRecouvrent(l.a, l.b))).toEqual([]);
    expect(sql.filter((l) => l.r).length).toBeGreaterThan(chemins.length); // un pôle recouvre ses communes
  });

  it("les alertes lues en SQL dans la projection sont celles que alertes() calcule depuis les tables sources", async () => {
    const personnes = await db.personne.findMany({
      where: { role: { not: "PERSONNE_A_CHARGE" }, foyer: { etatDroit: "OUVERT" } },
      select: {
        id: true,
        foyer: { select: { dateOuvertureDroits: true } },
        orientations: { select: { dateDebut: true, dateFin: true } },
        contrats: { select: { statut: true, dateFin: true, dateSignature: true } },
        prescriptions: { where: { statut: "REFUSEE" }, select: { id: true } },
      },
    });
    const attendu = new Map(
      personnes.map((p) => {
        const vivants = p.contrats.filter((c) => estContratVivant({ statut: c.statut as StatutContrat, dateFin: c.dateFin }, JOUR));
        const ouverture = p.foyer.dateOuvertureDroits;
        const a = alertes(
          {
            ouvertureDroits: ouverture,
            // délais de la période de droits en cours (domain/delais.ts)
            premiereOrientation: premierDansPeriodeDroits(p.orientations.map((o) => ({ debut: o.dateDebut, fin: o.dateFin })), ouverture),
            premierContratSigne: premierDansPeriodeDroits(p.contrats.map((c) => ({ debut: c.dateSignature, fin: c.dateFin })), ouverture),
            contratActif: vivants.length ? { dateFin: new Date(Math.max(...vivants.map((c) => c.dateFin.getTime()))) } : null,
            prescriptionRefusee: p.prescriptions.length > 0,
          },
          JOUR,
        );
        return [p.id, [...a].sort()];
      }),
    );
    const lignes = await db.$queryRaw<({ personne_id: string } & Record<Alerte, boolean>)[]>`
      SELECT s.personne_id, ${expressionsAlertes(jourIso)} FROM situation_personne s WHERE s.droit_ouvert`;
    expect(lignes.length).toBe(personnes.length);
    const obtenu = new Map(lignes.map((l) => [l.personne_id, ALERTES.filter((a) => l[a]).sort()]));
    expect(obtenu).toEqual(attendu);
  });
});

describe("périmètre des personnes : Prisma et SQL retiennent les mêmes identifiants", () => {
  it.each(COMPTES_DEMO.map((c) => [c.courriel, c.role] as const))("%s (%s)", async (courriel) => {
    const acteur = await acteurDe(db, courriel);
    const prisma = await db.personne.findMany({ where: perimetrePersonnes(acteur, JOUR), select: { id: true, role: true } });
    const sql = await db.$queryRaw<{ id: string }[]>`
      SELECT p.id FROM personne p JOIN foyer f ON f.id = p.foyer_id JOIN territoire t ON t.id = f.territoire_id WHERE ${perimetrePersonnesSql(acteur, JOUR)}`;
    const projection = await db.$queryRaw<{ id: string }[]>`SELECT s.personne_id AS id FROM situation_personne s WHERE ${perimetreSituationsSql(acteur, JOUR)}`;
    expect(tri(sql.map((r) => r.id))).toEqual(tri(prisma.map((p) => p.id)));
    // la projection ne porte que les demandeurs et conjoints
    expect(tri(projection.map((r) => r.id))).toEqual(tri(prisma.filter((p) => p.role !== "PERSONNE_A_CHARGE").map((p) => p.id)));
  });

  it("un compte de territoire sans territoire ne voit personne, en SQL comme en Prisma", async () => {
    const acteur = { ...(await acteurDe(db, "responsable.pole1@cd13.demo")), cheminTerritoire: null };
    const [n] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM situation_personne s WHERE ${perimetreSituationsSql(acteur)}`;
    expect(Number(n!.n)).toBe(0);
    expect(await db.personne.count({ where: perimetrePersonnes(acteur) })).toBe(0);
  });
});

describe("données des cartes gardées en mémoire (cache-cartes)", () => {
  it("un calcul pour des acteurs équivalents ; recalcul au rafraîchissement des agrégats, après la durée, ou pour un autre rôle", async () => {
    viderCacheCartes();
    const charge = await contexteDe(db, "charge.mission@cd13.demo");
    const lecteur = await contexteDe(db, "lecteur@cd13.demo");
    const portee = await porteeTableau(charge, schemaFiltresTableau.parse({ annee: "2024" }));
    let appels = 0;
    const sorties = carteEnCache("sorties-test", async (c: typeof charge, p: typeof portee) => {
      appels++;
      return carteSorties(c, p);
    });
    const [a, b] = await Promise.all([sorties(charge, portee), sorties(charge, portee)]);
    expect(appels).toBe(1);
    expect(b).toBe(a);
    expect(a).toEqual(await carteSorties(charge, portee));
    // le lecteur (secret statistique) a son propre calcul ; une autre année aussi
    await sorties(lecteur, portee);
    await sorties(charge, { ...portee, annee: 2023 });
    expect(appels).toBe(3);
    // un rafraîchissement des agrégats rend la donnée neuve aussitôt
    await db.$executeRaw`UPDATE rafraichissement_indicateurs SET rafraichi_le = rafraichi_le + interval '1 second' WHERE vue = 'mv_population'`;
    await sorties(charge, portee);
    expect(appels).toBe(4);
    // passé la durée, recalcul même sans rafraîchissement
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(Date.now() + DUREE_MS + 1000);
      await sorties(charge, portee);
      expect(appels).toBe(5);
    } finally {
      vi.useRealTimers();
    }
  });

  it("un échec n'est pas gardé", async () => {
    viderCacheCartes();
    const charge = await contexteDe(db, "charge.mission@cd13.demo");
    let appels = 0;
    const fragile = carteEnCache("fragile-test", async () => {
      appels++;
      if (appels === 1) throw new Error("panne");
      return appels;
    });
    await expect(fragile(charge)).rejects.toThrow("panne");
    expect(await fragile(charge)).toBe(2);
  });
});

describe("compteurs des listes gardés en mémoire (version de la projection)", () => {
  it("un seul calcul tant que la projection ne change pas ; exacts dès qu'une orientation est validée", async () => {
    viderMemoire();
    const charge = await contexteDe(db, "charge.mission@cd13.demo");
    const responsable = await contexteDe(db, "responsable.pole6@cd13.demo");
    const referent = await db.utilisateur.findUniqueOrThrow({ where: { courriel: "referent.pole6@cd13.demo" } });
    const jour = new Date().toISOString().slice(0, 10);
    const { q, referent: _r, commune, parcours } = schemaFiltresFileActive.parse({});
    const filtres = { q, referent: _r, commune, parcours };
    const avant = await compteursFileActiveEnMemoire(charge, filtres, jour);
    expect(await compteursFileActiveEnMemoire(charge, filtres, jour)).toBe(avant);
    expect(avant).toEqual(await compteursFileActive(charge, filtres, jour));
    // le responsable a ses propres compteurs (son territoire), une autre commune aussi
    const duPole = await compteursFileActiveEnMemoire(responsable, filtres, jour);
    expect(duPole.total).toBeLessThan(avant.total);
    expect(duPole).toEqual(await compteursFileActive(responsable, filtres, jour));
    // une personne non orientée depuis plus de 15 jours est orientée : les compteurs suivent aussitôt
    const [cible] = await db.$queryRaw<{ personne_id: string }[]>`
      SELECT s.personne_id FROM situation_personne s WHERE ${perimetreSituationsSql(responsable.acteur)}
        AND s.droit_ouvert AND s.parcours IS NULL AND s.date_ouverture < now() - interval '40 days' LIMIT 1`;
    await orienter(responsable, { personneId: cible!.personne_id, parcours: "SOCIAL", organismeId: null, referentId: referent.id, date: new Date(`${jour}T00:00:00Z`) });
    const apres = await compteursFileActiveEnMemoire(charge, filtres, jour);
    expect(apres).not.toBe(avant);
    expect(apres).toEqual(await compteursFileActive(charge, filtres, jour));
    expect(apres.DELAI_ORIENTATION_DEPASSE).toBe(avant.DELAI_ORIENTATION_DEPASSE - 1);
    expect(apres.total).toBe(avant.total);
    // la page de la liste lit ces compteurs : même total que la requête directe
    const page = await pageBeneficiaires(charge, schemaFiltresFileActive.parse({}));
    expect(page.page.total).toBe(apres.total);
    expect(page.compteurs.DELAI_ORIENTATION_DEPASSE).toBe(apres.DELAI_ORIENTATION_DEPASSE);
  });
});

describe("sous-arbre d'un territoire en SQL (sousArbreSql)", () => {
  it("retient les mêmes lignes que LIKE 'chemin%', pour chaque territoire", async () => {
    const territoires = await db.territoire.findMany({ select: { chemin: true } });
    expect(territoires.length).toBeGreaterThan(10);
    for (const { chemin } of territoires) {
      const [r] = await db.$queryRaw<{ intervalle: bigint; motif: bigint }[]>`
        SELECT count(*) FILTER (WHERE ${sousArbreSql(Prisma.sql`t.chemin`, chemin)}) AS intervalle,
               count(*) FILTER (WHERE t.chemin LIKE ${prefixeChemin(chemin)}) AS motif
        FROM territoire t`;
      expect(Number(r!.intervalle), chemin).toBe(Number(r!.motif));
    }
  });

  it("sous RLS (rôle applicatif), le sous-arbre devient une condition d'index, pas un filtre sur tout le département", async () => {
    const acteur = await acteurDe(db, "responsable.pole3@cd13.demo");
    const plan = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT set_config('app.departement_id', ${acteur.departementId}, true)`;
      await tx.$executeRawUnsafe("SET LOCAL ROLE pilote_app");
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN SELECT count(*) FROM situation_personne s WHERE s.droit_ouvert AND ${perimetreSituationsSql(acteur)}`;
    });
    const texte = plan.map((l) => l["QUERY PLAN"]).join("\n");
    expect(texte).toMatch(/Index Cond: .*chemin_territoire ~>=~/);
  });
});

describe("liste des prescriptions : périmètre SQL et périmètre Prisma retiennent les mêmes prescriptions", () => {
  it.each(COMPTES_DEMO.map((c) => [c.courriel, c.role] as const))("%s (%s)", async (courriel) => {
    const acteur = await acteurDe(db, courriel);
    const prisma = await db.prescription.findMany({ where: perimetreListePrescriptions(acteur, JOUR), select: { id: true } });
    const sql = await db.$queryRaw<{ id: string }[]>`
      SELECT pr.id FROM prescription pr JOIN action_insertion a ON a.id = pr.action_id WHERE ${perimetreListePrescriptionsSql(acteur, JOUR)}`;
    expect(tri(sql.map((r) => r.id))).toEqual(tri(prisma.map((p) => p.id)));
  });

  it("un responsable voit les prescriptions de son sous-arbre et d'aucun autre ; un territoire sans chemin, aucune", async () => {
    const acteur = await acteurDe(db, "responsable.pole3@cd13.demo");
    const [n] = await db.$queryRaw<{ n: bigint; hors: bigint }[]>`
      SELECT count(*) AS n, count(*) FILTER (WHERE t.chemin NOT LIKE ${`${acteur.cheminTerritoire}%`}) AS hors
      FROM prescription pr JOIN action_insertion a ON a.id = pr.action_id JOIN personne p ON p.id = pr.personne_id
      JOIN foyer f ON f.id = p.foyer_id JOIN territoire t ON t.id = f.territoire_id
      WHERE ${perimetreListePrescriptionsSql(acteur, JOUR)}`;
    expect(Number(n!.n)).toBeGreaterThan(100);
    expect(Number(n!.hors)).toBe(0);
    const [aucune] = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM prescription pr JOIN action_insertion a ON a.id = pr.action_id WHERE ${perimetreListePrescriptionsSql({ ...acteur, cheminTerritoire: null }, JOUR)}`;
    expect(Number(aucune!.n)).toBe(0);
  });

  it.each([
    ["charge.mission@cd13.demo", { tri: "personne", q: "ma" }],
    ["responsable.pole3@cd13.demo", { tri: "action", ordre: "desc", taille: "50", page: "2" }],
    ["referent.pole1@cd13.demo", { tri: "statut" }],
    ["referent.pole1@cd13.demo", { q: "a", tri: "personne", ordre: "desc" }],
  ] as const)("%s %j : même total, mêmes lignes dans le même ordre que la requête Prisma", async (courriel, brut) => {
    const ctx = await contexteDe(db, courriel);
    const f = schemaFiltresPrescriptions.parse(brut);
    const page = await listePrescriptions(ctx, f);
    const where: Prisma.PrescriptionWhereInput = {
      AND: [
        perimetreListePrescriptions(ctx.acteur),
        f.statut ? { statut: f.statut } : {},
        f.q ? { OR: [{ personne: { nom: { contains: f.q, mode: "insensitive" } } }, { personne: { prenom: { contains: f.q, mode: "insensitive" } } }, { action: { code: { startsWith: f.q } } }, { action: { intitule: { contains: f.q, mode: "insensitive" } } }] } : {},
      ],
    };
    const sens = f.ordre ?? (f.tri === "proposition" ? "desc" : "asc");
    const principal: Prisma.PrescriptionOrderByWithRelationInput = f.tri === "personne" ? { personne: { nom: sens } } : f.tri === "action" ? { action: { code: sens } } : f.tri === "statut" ? { statut: sens } : { dateProposition: sens };
    const attendu = await db.prescription.findMany({ where, orderBy: [principal, { dateProposition: "desc" }, { id: "asc" }], skip: (f.page - 1) * f.taille, take: f.taille, select: { id: true } });
    expect(page.total).toBe(await db.prescription.count({ where }));
    expect(page.total).toBeGreaterThan(0);
    expect(page.lignes.map((l) => l.id)).toEqual(attendu.map((a) => a.id));
  });

  it("une page au-delà de la dernière garde le total", async () => {
    const ctx = await contexteDe(db, "referent.pole1@cd13.demo");
    const premiere = await listePrescriptions(ctx, schemaFiltresPrescriptions.parse({}));
    const loin = await listePrescriptions(ctx, schemaFiltresPrescriptions.parse({ page: "999" }));
    expect(loin.lignes).toHaveLength(0);
    expect(loin.total).toBe(premiere.total);
  });
});

describe("projection des situations tenue dans la transaction des écritures", () => {
  it("après le chargement, la projection est exactement la vue qui la définit", async () => {
    expect(await ecartsProjection()).toBe(0);
  });

  it("orienter met à jour parcours et référent ; une transaction annulée ne laisse rien", async () => {
    const ctx = await contexteDe(db, "responsable.pole6@cd13.demo");
    const referent = await db.utilisateur.findUniqueOrThrow({ where: { courriel: "referent.pole6@cd13.demo" } });
    const [cible] = await db.$queryRaw<{ personne_id: string }[]>`
      SELECT s.personne_id FROM situation_personne s WHERE ${perimetreSituationsSql(ctx.acteur)} AND s.referent_id IS NULL AND s.droit_ouvert LIMIT 1`;
    const id = cible!.personne_id;
    await expect(
      db.$transaction(async (tx) => {
        await tx.periodeReferent.create({ data: { personneId: id, referentId: referent.id, dateDebut: new Date("2099-01-01") } });
        throw new Error("annulée");
      }),
    ).rejects.toThrow("annulée");
    expect(await ecartsProjection()).toBe(0);
    await orienter(ctx, { personneId: id, parcours: "SOCIAL", organismeId: null, referentId: referent.id, date: new Date(`${jourIso}T00:00:00Z`) });
    const [s] = await db.$queryRaw<{ parcours: string; referent_id: string }[]>`SELECT parcours, referent_id FROM situation_personne WHERE personne_id = ${id}`;
    expect(s).toEqual({ parcours: "SOCIAL", referent_id: referent.id });
    // les agrégats suivront : une demande de recalcul en attente, une seule même si on redemande
    expect(await db.tacheExecution.count({ where: { nom: "indicateurs-rafraichir", statut: "EN_ATTENTE" } })).toBe(1);
    expect((await demanderRafraichissementIndicateurs(db)).nouvelle).toBe(false);
    expect(await db.tacheExecution.count({ where: { nom: "indicateurs-rafraichir", statut: "EN_ATTENTE" } })).toBe(1);
  });

  it("un brouillon ne compte pas comme contrat vivant ; signé, il en devient un (quel que soit le module qui écrit)", async () => {
    const referent = await db.utilisateur.findUniqueOrThrow({ where: { courriel: "referent.pole3@cd13.demo" } });
    const [p] = await db.$queryRaw<{ personne_id: string }[]>`
      SELECT personne_id FROM situation_personne WHERE droit_ouvert AND NOT contrat_vivant(contrat_statut, fin_contrat, current_date) LIMIT 1`;
    const id = p!.personne_id;
    const contrat = await db.contratEngagement.create({
      data: { personneId: id, referentId: referent.id, statut: "BROUILLON", dateDebut: JOUR, dateFin: new Date(JOUR.getTime() + 200 * 86_400_000) },
    });
    const lire = async () =>
      (await db.$queryRaw<{ SANS_CONTRAT: boolean; ECHEANCE_PROCHE: boolean }[]>`SELECT ${expressionsAlertes(jourIso)} FROM situation_personne s WHERE s.personne_id = ${id}`)[0]!;
    expect((await lire()).SANS_CONTRAT).toBe(true);
    await db.contratEngagement.update({ where: { id: contrat.id }, data: { statut: "SIGNE", dateSignature: JOUR } });
    expect((await lire()).SANS_CONTRAT).toBe(false);
    expect(await ecartsProjection()).toBe(0);
  });

  it("rafraichirSituations et reconstruireSituations réparent une projection faussée", async () => {
    const [p] = await db.$queryRaw<{ personne_id: string }[]>`SELECT personne_id FROM situation_personne LIMIT 1`;
    await db.$executeRaw`UPDATE situation_personne SET commune = 'faux' WHERE personne_id = ${p!.personne_id}`;
    expect(await ecartsProjection()).toBeGreaterThan(0);
    expect(await rafraichirSituations(db, [p!.personne_id])).toBe(1);
    expect(await ecartsProjection()).toBe(0);
    await db.$executeRaw`UPDATE situation_personne SET commune = 'faux'`;
    const { lignes } = await reconstruireSituations(db);
    expect(lignes).toBeGreaterThan(1000);
    expect(await ecartsProjection()).toBe(0);
  });

  it("la tâche de nuit recalcule la projection par lots sans bloquer une écriture concurrente, puis les agrégats", async () => {
    await db.$executeRaw`UPDATE situation_personne SET commune = 'faux'`;
    const referent = await db.utilisateur.findUniqueOrThrow({ where: { courriel: "referent.pole4@cd13.demo" } });
    const [p] = await db.$queryRaw<{ personne_id: string }[]>`SELECT personne_id FROM situation_personne WHERE droit_ouvert AND fin_vivant IS NULL LIMIT 1`;
    // une écriture pendant la tâche : elle n'attend pas la fin du recalcul complet
    const [execution, ecriture] = await Promise.all([
      executerMaintenant(db, { nom: "situations-reconstruire" }),
      (async () => {
        const t0 = performance.now();
        await db.contratEngagement.create({ data: { personneId: p!.personne_id, referentId: referent.id, statut: "SIGNE", dateSignature: JOUR, dateDebut: JOUR, dateFin: new Date(JOUR.getTime() + 300 * 86_400_000) } });
        return performance.now() - t0;
      })(),
    ]);
    expect(execution.statut).toBe("TERMINEE");
    expect(ecriture).toBeLessThan(5_000);
    expect(await ecartsProjection()).toBe(0);
    const indicateurs = await executerMaintenant(db, { nom: "indicateurs-rafraichir" });
    expect(indicateurs.statut).toBe("TERMINEE");
  });
});

describe("tableaux de bord en cartes", () => {
  it("les cartes (mv_population_cartes) donnent les mêmes chiffres que mv_population, pour le département et un pôle", async () => {
    const ctx = await contexteDe(db, "admin@cd13.demo");
    const pole = await db.territoire.findFirstOrThrow({ where: { code: "POLE-III" } });
    for (const territoire of ["", pole.id]) {
      const t = await tableauDeBord(ctx, schemaFiltresTableau.parse({ territoire, annee: "2026" }));
      const dans = territoire
        ? Prisma.sql`territoire_id IN (SELECT id FROM territoire WHERE chemin LIKE ${`${pole.chemin}%`})`
        : Prisma.sql`departement_id = ${ctx.acteur.departementId}`;
      const [c] = await db.$queryRaw<{ personnes: number; allocataires: number; sous_contrat: number; quinze: number; exemptions: number }[]>`
        SELECT sum(n)::int AS personnes, sum(n) FILTER (WHERE role = 'DEMANDEUR')::int AS allocataires, sum(n) FILTER (WHERE sous_contrat)::int AS sous_contrat,
               sum(n) FILTER (WHERE quinze_heures)::int AS quinze, sum(n) FILTER (WHERE exemption)::int AS exemptions FROM mv_population WHERE ${dans}`;
      expect([t.population.personnes, t.population.allocataires, t.contrats.sousContrat, t.contrats.exemptions]).toEqual([c!.personnes, c!.allocataires, c!.sous_contrat, c!.exemptions]);
      const age = await db.$queryRaw<{ tranche: string; sexe: string; n: number }[]>`SELECT tranche, sexe, sum(n)::int AS n FROM mv_population WHERE ${dans} GROUP BY 1, 2`;
      for (const l of t.pyramide.lignes) {
        expect(l.hommes).toBe(age.find((a) => a.tranche === l.tranche && a.sexe === "M")?.n ?? 0);
        expect(l.femmes).toBe(age.find((a) => a.tranche === l.tranche && a.sexe === "F")?.n ?? 0);
      }
      const niveaux = await db.$queryRaw<{ modalite: string; n: number }[]>`SELECT niveau AS modalite, sum(n)::int AS n FROM mv_population WHERE ${dans} GROUP BY 1 ORDER BY 1`;
      expect(t.niveaux).toEqual(niveaux);
      const situations = await db.$queryRaw<{ modalite: string; n: number }[]>`SELECT situation AS modalite, sum(n)::int AS n FROM mv_population WHERE role = 'DEMANDEUR' AND ${dans} GROUP BY 1`;
      expect(new Set(t.situations.map((x) => `${x.modalite}:${x.n}`))).toEqual(new Set(situations.map((x) => `${x.modalite}:${x.n}`)));
    }
  });
});

describe("tableau de bord : territoire hors de portée", () => {
  it("un territoire hors du périmètre, ou un identifiant mal formé, répond « introuvable » (404), jamais un autre territoire", async () => {
    const ctx = await contexteDe(db, "responsable.pole3@cd13.demo");
    const pole4 = await db.territoire.findFirstOrThrow({ where: { code: "POLE-IV" } });
    await expect(tableauDeBord(ctx, schemaFiltresTableau.parse({ territoire: pole4.id }))).rejects.toBeInstanceOf(ErreurIntrouvable);
    await expect(tableauDeBord(ctx, schemaFiltresTableau.parse({ territoire: "pas un identifiant !" }))).rejects.toBeInstanceOf(ErreurIntrouvable);
    const sien = await tableauDeBord(ctx, schemaFiltresTableau.parse({ annee: "2031" }));
    expect(sien.titre).toMatch(/Marseille III/);
    expect(sien.annee).toBe(new Date().getUTCFullYear()); // la page affiche l'avis (lireAnnee)
  });
});

describe("liste des bénéficiaires : tri, filtres, pagination, export, journal", () => {
  it("« à faire d'abord » : la liste est triée par date d'urgence croissante", async () => {
    const ctx = await contexteDe(db, "charge.mission@cd13.demo");
    const { page } = await fileActive(ctx, schemaFiltresFileActive.parse({ taille: "100" }));
    expect(page.lignes).toHaveLength(100);
    const dates = page.lignes.map((l) => l.dateUrgence?.getTime() ?? Infinity);
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    const [min] = await db.$queryRaw<{ d: Date }[]>`SELECT min(date_urgence) AS d FROM situation_personne s WHERE ${perimetreSituationsSql(ctx.acteur)} AND droit_ouvert`;
    expect(page.lignes[0]!.dateUrgence).toEqual(min!.d);
  });

  it("tri par nom décroissant, filtres commune, orientation et référent, numéro de page et taille", async () => {
    const ctx = await contexteDe(db, "responsable.pole3@cd13.demo");
    const tous = await fileActive(ctx, schemaFiltresFileActive.parse({ tri: "nom", ordre: "desc", taille: "50", page: "2" }));
    expect(tous.page.taillePage).toBe(50);
    expect(tous.page.page).toBe(2);
    const noms = tous.page.lignes.map((l) => `${l.nom} ${l.prenom}`.toLowerCase().normalize("NFD").replace(/\p{Diacritic}/gu, ""));
    expect(noms).toEqual([...noms].sort().reverse());
    const commune = tous.page.lignes[0]!;
    const territoire = await db.territoire.findFirstOrThrow({ where: { nom: commune.commune, departementId: ctx.acteur.departementId } });
    const parCommune = await fileActive(ctx, schemaFiltresFileActive.parse({ commune: territoire.id, taille: "100" }));
    expect(parCommune.page.total).toBeGreaterThan(0);
    expect(new Set(parCommune.page.lignes.map((l) => l.commune))).toEqual(new Set([commune.commune]));
    const nonOrientes = await fileActive(ctx, schemaFiltresFileActive.parse({ parcours: "AUCUN" }));
    expect(nonOrientes.page.lignes.every((l) => l.parcours === null)).toBe(true);
    const referent = await db.utilisateur.findUniqueOrThrow({ where: { courriel: "referent.pole3@cd13.demo" } });
    const suivis = await fileActive(ctx, schemaFiltresFileActive.parse({ referent: referent.id, taille: "100" }));
    expect(suivis.page.total).toBeGreaterThan(0);
    expect(new Set(suivis.page.lignes.map((l) => l.referent))).toEqual(new Set([`${referent.prenom} ${referent.nom}`]));
    // un paramètre invalide retombe sur la valeur par défaut, sans erreur
    expect(schemaFiltresFileActive.parse({ tri: "x; DROP", taille: "1000000", page: "-3", commune: "'" })).toMatchObject({ tri: "urgence", taille: 25, page: 1, commune: undefined });
  });

  it("filtre par alerte : le total est le compteur de l'alerte", async () => {
    const ctx = await contexteDe(db, "referent.pole1@cd13.demo");
    const { compteurs } = await fileActive(ctx, schemaFiltresFileActive.parse({}));
    const r = await fileActive(ctx, schemaFiltresFileActive.parse({ alerte: "SANS_CONTRAT", taille: "100" }));
    expect(r.page.total).toBe(compteurs.SANS_CONTRAT);
    expect(r.page.lignes.every((l) => l.alertes.includes("SANS_CONTRAT"))).toBe(true);
  });

  it("consulter la liste et l'exporter sont inscrits au journal ; l'export reprend les filtres", async () => {
    const ctx = await contexteDe(db, "referent.pole2@cd13.demo");
    const filtres = schemaFiltresFileActive.parse({ tri: "nom" });
    const { page } = await fileActive(ctx, filtres);
    const lecture = await db.journalAudit.findFirstOrThrow({ where: { utilisateurId: ctx.acteur.id, entite: "ListePersonnes", operation: "LECTURE" }, orderBy: { id: "desc" } });
    expect((lecture.details as { personnes: string[] }).personnes).toEqual(page.lignes.map((l) => l.id));
    const { contenu, lignes } = await exporterFileActive(ctx, filtres, "csv");
    expect(lignes).toBe(page.total);
    const texte = contenu.toString("utf8").replace(/^\uFEFF/, "");
    const [entete, premiere] = texte.split("\n");
    expect(entete).toContain("Nom;Prénom;Date de naissance");
    expect(premiere).toContain(page.lignes[0]!.nom.toUpperCase());
    expect(await db.journalAudit.count({ where: { utilisateurId: ctx.acteur.id, entite: "ListePersonnes", operation: "EXPORT" } })).toBe(1);
    const xlsx = await exporterFileActive(ctx, filtres, "xlsx");
    expect(xlsx.contenu.subarray(0, 2).toString()).toBe("PK");
  });

  it("export pour un tableur français : nom avec territoire et année ; une commune hors périmètre est écartée et la page le dit", async () => {
    const ctx = await contexteDe(db, "responsable.pole3@cd13.demo");
    const annee = new Date().getUTCFullYear();
    const { contenu, nom } = await exporterFileActive(ctx, schemaFiltresFileActive.parse({}), "csv");
    expect(nom).toBe(`beneficiaires-pole-d-insertion-marseille-iii-4e-8e-a-12e-${annee}.csv`);
    expect(contenu.toString("utf8").split("\r\n")[1]).toMatch(/;\d{2}\/\d{2}\/\d{4};/);
    // une commune du pôle IV (hors périmètre) : pas de liste vide sans explication
    const commune = await db.territoire.findFirstOrThrow({ where: { type: "ARRONDISSEMENT", parent: { code: "POLE-IV" } } });
    const page = await pageBeneficiaires(ctx, schemaFiltresFileActive.parse({ commune: commune.id }));
    expect(page.avis).toEqual(["La commune demandée n'est pas dans votre périmètre : la liste n'est pas filtrée par commune."]);
    expect(page.filtres.commune).toBeUndefined();
    expect(page.page.total).toBe((await fileActive(ctx, schemaFiltresFileActive.parse({}))).page.total);
    const exporte = await exporterFileActive(ctx, schemaFiltresFileActive.parse({ commune: commune.id }), "csv");
    expect(exporte.lignes).toBe(page.page.total);
    // une commune du pôle : filtrée, et le nom du fichier la porte
    const sienne = await db.territoire.findFirstOrThrow({ where: { type: "ARRONDISSEMENT", parent: { code: "POLE-III" } } });
    expect((await pageBeneficiaires(ctx, schemaFiltresFileActive.parse({ commune: sienne.id }))).avis).toEqual([]);
    expect((await exporterFileActive(ctx, schemaFiltresFileActive.parse({ commune: sienne.id }), "xlsx")).nom).toMatch(new RegExp(`^beneficiaires-.+-${annee}\\.xlsx$`));
  });

  it("le lecteur ne voit aucune personne et ne peut pas exporter", async () => {
    const ctx = await contexteDe(db, "lecteur@cd13.demo");
    expect((await fileActive(ctx, schemaFiltresFileActive.parse({}))).page.total).toBe(0);
    await expect(exporterFileActive(ctx, schemaFiltresFileActive.parse({}), "csv")).rejects.toThrow();
  });
});
