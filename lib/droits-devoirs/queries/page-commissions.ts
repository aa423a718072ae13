import "server-only";
import type { Contexte } from "@/lib/contexte";
import { Prisma } from "@/lib/generated/prisma/client";
import { MotifSituation, StatutSituation } from "@/lib/generated/prisma/enums";
import { exigerPermission, peut } from "@/lib/authz/permissions";
import { perimetreTerritoires } from "@/lib/authz/perimetre";
import { decalage, pageDe } from "@/lib/pagination";
import { perimetreSessions, perimetreSituations, perimetreSituationsExamenSql } from "../perimetre";
import type { FiltresSituations } from "../schemas";

// valeurs admises des filtres, écrites en constantes SQL (jamais la saisie telle quelle)
const MOTIFS_SITUATION = Object.values(MotifSituation);
const STATUTS_SITUATION = Object.values(StatutSituation);
/** Statuts d'une situation qui n'est plus à examiner. */
const CLOSES = Prisma.raw(`('DECIDEE', 'CLASSEE')`);
const enListe = <T extends string>(valeurs: readonly T[], v: string): v is T => (valeurs as readonly string[]).includes(v);

/**
 * /commissions : situations à examiner du périmètre (filtrées, paginées), sessions, territoires.
 * Les identifiants de la page, le total et les compteurs par motif viennent d'une requête SQL dont les statuts
 * et motifs sont des constantes (valeurs validées par le schéma) : sous RLS, le filtre de Prisma
 * `statut NOT IN (CAST($1 AS statut_situation)…)` n'est jamais une condition d'index (la conversion n'est pas
 * LEAKPROOF) et parcourait toutes les situations du département (112 000 à 10×, 25 à 100 ms par requête) ;
 * `statut NOT IN ('DECIDEE', 'CLASSEE')` lit l'index partiel des situations ouvertes.
 */
export async function pageCommissions({ acteur, db }: Contexte, f: FiltresSituations) {
  exigerPermission(acteur, "droits-devoirs:lire");
  const perimetre = perimetreSituationsExamenSql(acteur);
  const conditions: Prisma.Sql[] = [perimetre];
  if (f.motif && enListe(MOTIFS_SITUATION, f.motif)) conditions.push(Prisma.raw(`se.motif = '${f.motif}'`));
  if (f.statut === "OUVERTES") conditions.push(Prisma.sql`se.statut NOT IN ${CLOSES}`);
  else if (f.statut && enListe(STATUTS_SITUATION, f.statut)) conditions.push(Prisma.raw(`se.statut = '${f.statut}'`));
  if (f.territoireId) conditions.push(Prisma.sql`se.territoire_id = ${f.territoireId}`);
  const { skip, take } = decalage(f.page);
  const instruit = peut(acteur, "commissions:instruire");
  const [page, parMotif, sessions, territoires] = await Promise.all([
    db.$queryRaw<{ id: string; total: bigint }[]>`
      SELECT se.id, count(*) OVER () AS total FROM situation_examen se
      WHERE ${Prisma.join(conditions, " AND ")}
      ORDER BY se.detectee_le, se.id LIMIT ${take} OFFSET ${skip}`,
    db.$queryRaw<{ motif: string; n: bigint }[]>`
      SELECT se.motif::text AS motif, count(*) AS n FROM situation_examen se
      WHERE ${perimetre} AND se.statut NOT IN ${CLOSES} GROUP BY se.motif`,
    instruit
      ? db.sessionCommission.findMany({
          where: { ...perimetreSessions(acteur), date: { gte: new Date(Date.now() - 60 * 86_400_000) } },
          orderBy: { date: "asc" },
          take: 30,
          select: { id: true, type: true, date: true, lieu: true, tenue: true, territoire: { select: { nom: true } } },
        })
      : Promise.resolve([]),
    db.territoire.findMany({ where: { ...perimetreTerritoires(acteur), type: { in: ["POLE_INSERTION", "COMMISSION_RSA"] } }, orderBy: { ordre: "asc" }, select: { id: true, nom: true, type: true } }),
  ]);
  // au-delà de la dernière page, le total se compte à part (la fenêtre n'a pas de ligne où le lire)
  const total = page[0]
    ? Number(page[0].total)
    : f.page > 1
      ? Number((await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM situation_examen se WHERE ${Prisma.join(conditions, " AND ")}`)[0]?.n ?? 0)
      : 0;
  const ids = page.map((l) => l.id);
  const [lues, inscrites] = await Promise.all([
    ids.length
      ? db.situationExamen.findMany({
          where: { AND: [perimetreSituations(acteur), { id: { in: ids } }] },
          select: { id: true, motif: true, statut: true, detecteeLe: true, detail: true, territoire: { select: { nom: true } }, personne: { select: { id: true, nom: true, prenom: true } }, session: { select: { date: true } } },
        })
      : Promise.resolve([]),
    // situations inscrites à chaque séance : comptées pour ces 30 séances seulement, sur l'index de la séance
    // (un _count de Prisma agrégeait toutes les situations du département avant la jointure)
    sessions.length ? db.situationExamen.groupBy({ by: ["sessionId"], where: { sessionId: { in: sessions.map((s) => s.id) } }, _count: { _all: true } }) : Promise.resolve([]),
  ]);
  const parId = new Map(lues.map((l) => [l.id, l]));
  const lignes = ids.flatMap((id) => parId.get(id) ?? []);
  const nombre = new Map(inscrites.map((i) => [i.sessionId, i._count._all]));
  return {
    situations: pageDe(lignes, total, f.page),
    parMotif: Object.fromEntries(parMotif.map((m) => [m.motif, Number(m.n)])) as Record<string, number>,
    sessions: sessions.map((s) => ({ ...s, _count: { situations: nombre.get(s.id) ?? 0 } })),
    territoires,
    droits: { instruire: instruit, transmettre: peut(acteur, "transmissions:generer"), departementale: acteur.role !== "RESPONSABLE_TERRITOIRE" },
  };
}
