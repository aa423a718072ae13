// Issue 14 : pas de délai négatif. Les délais d'orientation et de contrat se mesurent depuis l'ouverture
// de la période de droits en cours, dans le dossier (TypeScript), dans la projection situation_personne
// (SQL) et donc dans la file active et les tableaux de bord ; la démonstration n'oriente ni ne
// contractualise personne avant l'ouverture de ses droits.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { creerClient } from "@/tests/setup/base";
import { DELAI_CONTRAT_JOURS, DELAI_ORIENTATION_JOURS, debutDansPeriodeDroits, premierDansPeriodeDroits } from "@/lib/beneficiaires/domain/delais";
import { expressionsAlertes } from "@/lib/beneficiaires/situations-sql";
import { dossierPersonne } from "@/lib/beneficiaires/queries/dossier-personne";
import { schemaFiltresTableau, tableauDeBord } from "@/lib/tableaux-de-bord/queries/tableau-de-bord";
import { comparerTerritoires } from "@/lib/tableaux-de-bord/queries/comparer-territoires";
import { chargerDemo, contexteDe } from "./outils";

let db: PrismaClient;
beforeAll(async () => {
  db = creerClient();
  await chargerDemo(db);
}, 240_000);
afterAll(async () => db.$disconnect());

const JOUR = 86_400_000;
const aujourdhui = () => new Date(new Date().toISOString().slice(0, 10));
const dans = (jours: number) => new Date(aujourdhui().getTime() + jours * JOUR);
const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** Délais négatifs dans la projection : première orientation ou premier contrat avant l'ouverture des droits. */
async function delaisNegatifs() {
  const [r] = await db.$queryRaw<{ orientation: number; contrat: number }[]>`
    SELECT count(*) FILTER (WHERE premiere_orientation < date_ouverture)::int AS orientation,
           count(*) FILTER (WHERE premier_contrat < date_ouverture)::int AS contrat
    FROM situation_personne`;
  return r!;
}

describe("une règle, un endroit : debut_dans_periode_droits() = debutDansPeriodeDroits()", () => {
  it("pour chaque combinaison de début, fin et ouverture (veille, jour, lendemain ; sans fin ; sans début)", async () => {
    const ouverture = new Date("2026-03-10T00:00:00Z");
    const jours = [-400, -1, 0, 1, 30].map((d) => new Date(ouverture.getTime() + d * JOUR));
    const cas: { debut: Date | null; fin: Date | null }[] = [{ debut: null, fin: null }];
    for (const debut of jours) for (const fin of [null, ...jours]) if (!fin || fin >= debut) cas.push({ debut, fin });
    const valeurs = Prisma.join(cas.map((c, i) => Prisma.sql`(${i}::int, ${iso(c.debut)}::date, ${iso(c.fin)}::date)`));
    const sql = await db.$queryRaw<{ d: Date | null }[]>`
      SELECT debut_dans_periode_droits(debut, fin, ${iso(ouverture)}::date) AS d FROM (VALUES ${valeurs}) AS x(i, debut, fin) ORDER BY i`;
    expect(sql.map((r) => iso(r.d))).toEqual(cas.map((c) => iso(debutDansPeriodeDroits(c.debut, c.fin, ouverture))));
    // jamais avant l'ouverture : le délai n'est jamais négatif
    expect(cas.every((c) => (debutDansPeriodeDroits(c.debut, c.fin, ouverture) ?? ouverture) >= ouverture)).toBe(true);
  });
});

describe("après le chargement de la démonstration", () => {
  it("personne n'est orienté ni sous contrat avant l'ouverture de ses droits, et la projection n'a aucun délai négatif", async () => {
    const [r] = await db.$queryRaw<{ orientations: number; contrats: number }[]>`
      SELECT (SELECT count(*) FROM periode_orientation o JOIN personne p ON p.id = o.personne_id JOIN foyer f ON f.id = p.foyer_id
               WHERE o.date_debut < f.date_ouverture_droits)::int AS orientations,
             (SELECT count(*) FROM contrat_engagement c JOIN personne p ON p.id = c.personne_id JOIN foyer f ON f.id = p.foyer_id
               WHERE c.date_debut < f.date_ouverture_droits OR c.date_signature < f.date_ouverture_droits)::int AS contrats`;
    expect(r).toEqual({ orientations: 0, contrats: 0 });
    expect(await delaisNegatifs()).toEqual({ orientation: 0, contrat: 0 });
  });

  it("les tableaux de bord (département, chaque pôle, territoires comparés) ne comptent que des délais de 0 jour ou plus", async () => {
    const ctx = await contexteDe(db, "admin@cd13.demo");
    const poles = await db.territoire.findMany({ where: { departementId: ctx.acteur.departementId, type: "POLE_INSERTION" }, select: { id: true } });
    const annee = new Date().getUTCFullYear();
    for (const territoire of ["", ...poles.map((p) => p.id)]) {
      for (const a of [annee - 1, annee]) {
        const t = await tableauDeBord(ctx, schemaFiltresTableau.parse({ territoire, annee: String(a) }));
        const [attendu] = await db.$queryRaw<{ entrants: number; orientes: number; contrat: number }[]>`
          SELECT count(*)::int AS entrants,
                 count(*) FILTER (WHERE s.premiere_orientation - s.date_ouverture BETWEEN 0 AND ${DELAI_ORIENTATION_JOURS}::int)::int AS orientes,
                 count(*) FILTER (WHERE s.premier_contrat - s.date_ouverture BETWEEN 0 AND ${DELAI_CONTRAT_JOURS}::int)::int AS contrat
          FROM situation_personne s JOIN territoire t ON t.id = s.territoire_id
          WHERE s.role = 'DEMANDEUR' AND s.departement_id = ${ctx.acteur.departementId}
            AND t.chemin LIKE ${territoire ? `%/${territoire}/%` : "%"} AND s.date_ouverture BETWEEN make_date(${a}::int, 1, 1) AND make_date(${a}::int, 12, 31)`;
        expect(t.delais.entrants).toBe(attendu!.entrants);
        expect(t.delais.partOrientes15).toBe(attendu!.entrants ? attendu!.orientes / attendu!.entrants : null);
        expect(t.delais.partContrat30).toBe(attendu!.entrants ? attendu!.contrat / attendu!.entrants : null);
      }
    }
    // territoires comparés : même règle (debut_dans_periode_droits), mêmes comptes que la projection
    const comparaison = await comparerTerritoires(ctx, annee);
    expect(comparaison.lignes.length).toBe(poles.length);
    for (const l of comparaison.lignes) {
      const [attendu] = await db.$queryRaw<{ entrants: number; orientes: number; contrat: number }[]>`
        SELECT count(*)::int AS entrants,
               count(*) FILTER (WHERE s.premiere_orientation - s.date_ouverture BETWEEN 0 AND ${DELAI_ORIENTATION_JOURS}::int)::int AS orientes,
               count(*) FILTER (WHERE s.premier_contrat - s.date_ouverture BETWEEN 0 AND ${DELAI_CONTRAT_JOURS}::int)::int AS contrat
        FROM situation_personne s JOIN territoire t ON t.id = s.territoire_id
        WHERE s.role = 'DEMANDEUR' AND t.chemin LIKE ${`%/${l.territoireId}/%`} AND s.date_ouverture BETWEEN make_date(${annee}::int, 1, 1) AND make_date(${annee}::int, 12, 31)`;
      expect(l.entrants).toBe(attendu!.entrants);
      expect(l.orientes15).toBe(attendu!.entrants ? attendu!.orientes / attendu!.entrants : null);
      expect(l.contrat30).toBe(attendu!.entrants ? attendu!.contrat / attendu!.entrants : null);
    }
  });
});

describe("réouverture des droits : les délais repartent de la nouvelle ouverture", () => {
  it("orientation et contrat terminés avant la réouverture ne comptent plus ; le dossier, la projection et les alertes le disent, sans délai négatif", async () => {
    const ctx = await contexteDe(db, "referent.pole6@cd13.demo");
    const p = await db.personne.findFirstOrThrow({
      where: {
        referents: { some: { referentId: ctx.acteur.id } },
        orientations: { some: { dateDebut: { lte: dans(-200) } } },
        contrats: { some: { dateSignature: { not: null } } },
      },
      include: { orientations: true, contrats: true },
      orderBy: { id: "asc" },
    });
    // la personne sort du RSA, puis ses droits rouvrent il y a 40 jours : l'orientation et les contrats
    // d'avant s'étaient terminés la veille de la sortie
    const sortie = dans(-60);
    await db.periodeOrientation.updateMany({ where: { personneId: p.id }, data: { dateFin: sortie } });
    await db.contratEngagement.updateMany({ where: { personneId: p.id }, data: { statut: "ECHU", dateFin: sortie } });
    await db.periodeOrientation.deleteMany({ where: { personneId: p.id, dateDebut: { gt: sortie } } });
    await db.foyer.update({ where: { id: p.foyerId }, data: { dateOuvertureDroits: dans(-40) } });

    const { delais } = await dossierPersonne(ctx, p.id);
    expect(delais.orientation).toEqual({ jours: 40, atteint: false, depasse: true });
    expect(delais.contrat).toEqual({ jours: 40, atteint: false, depasse: true });

    const jour = aujourdhui().toISOString().slice(0, 10);
    const [s] = await db.$queryRaw<{ premiere_orientation: Date | null; premier_contrat: Date | null; DELAI_ORIENTATION_DEPASSE: boolean; DELAI_CONTRAT_DEPASSE: boolean }[]>`
      SELECT s.premiere_orientation, s.premier_contrat, ${expressionsAlertes(jour)} FROM situation_personne s WHERE s.personne_id = ${p.id}`;
    // avant l'issue : la première orientation (d'une période de droits antérieure) donnait un délai négatif
    // et la personne passait pour « orientée dans les 15 jours »
    expect(s).toMatchObject({ premiere_orientation: null, premier_contrat: null, DELAI_ORIENTATION_DEPASSE: true, DELAI_CONTRAT_DEPASSE: true });

    // nouvelle orientation 10 jours après la réouverture : délai de 10 jours, partout
    await db.periodeOrientation.create({ data: { personneId: p.id, parcours: "SOCIAL", dateDebut: dans(-30) } });
    expect((await dossierPersonne(ctx, p.id)).delais.orientation).toEqual({ jours: 10, atteint: true, depasse: false });
    const [s2] = await db.$queryRaw<{ premiere_orientation: Date }[]>`SELECT premiere_orientation FROM situation_personne WHERE personne_id = ${p.id}`;
    expect(iso(s2!.premiere_orientation)).toBe(iso(dans(-30)));
    expect(await delaisNegatifs()).toEqual({ orientation: 0, contrat: 0 });
  });

  it("une orientation encore en vigueur à la réouverture compte pour un délai nul, pas négatif", async () => {
    const ctx = await contexteDe(db, "referent.pole6@cd13.demo");
    const p = await db.personne.findFirstOrThrow({
      where: { referents: { some: { referentId: ctx.acteur.id } }, orientations: { some: { dateDebut: { lte: dans(-120) }, dateFin: null } } },
      include: { orientations: true },
      orderBy: { id: "desc" },
    });
    await db.foyer.update({ where: { id: p.foyerId }, data: { dateOuvertureDroits: dans(-20) } });
    const { delais } = await dossierPersonne(ctx, p.id);
    expect(delais.orientation).toEqual({ jours: 0, atteint: true, depasse: false });
    const [s] = await db.$queryRaw<{ premiere_orientation: Date; date_ouverture: Date }[]>`SELECT premiere_orientation, date_ouverture FROM situation_personne WHERE personne_id = ${p.id}`;
    expect(iso(s!.premiere_orientation)).toBe(iso(s!.date_ouverture));
    expect(iso(premierDansPeriodeDroits(p.orientations.map((o) => ({ debut: o.dateDebut, fin: o.dateFin })), dans(-20)))).toBe(iso(dans(-20)));
    expect(await delaisNegatifs()).toEqual({ orientation: 0, contrat: 0 });
  });
});
