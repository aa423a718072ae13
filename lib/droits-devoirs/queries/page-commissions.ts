import "server-only";
import type { Contexte } from "@/lib/contexte";
import type { Prisma } from "@/lib/generated/prisma/client";
import { exigerPermission, peut } from "@/lib/authz/permissions";
import { perimetreTerritoires } from "@/lib/authz/perimetre";
import { decalage, pageDe } from "@/lib/pagination";
import { perimetreSessions, perimetreSituations } from "../perimetre";
import type { FiltresSituations } from "../schemas";

/** /commissions : situations à examiner du périmètre (filtrées, paginées), sessions, territoires. */
export async function pageCommissions({ acteur, db }: Contexte, f: FiltresSituations) {
  exigerPermission(acteur, "droits-devoirs:lire");
  const where: Prisma.SituationExamenWhereInput = {
    AND: [
      perimetreSituations(acteur),
      f.motif ? { motif: f.motif } : {},
      f.statut === "OUVERTES" ? { statut: { notIn: ["DECIDEE", "CLASSEE"] } } : f.statut ? { statut: f.statut } : {},
      f.territoireId ? { territoireId: f.territoireId } : {},
    ],
  };
  const instruit = peut(acteur, "commissions:instruire");
  const [lignes, total, parMotif, sessions, territoires] = await Promise.all([
    db.situationExamen.findMany({
      where,
      orderBy: [{ detecteeLe: "asc" }, { id: "asc" }],
      ...decalage(f.page),
      select: { id: true, motif: true, statut: true, detecteeLe: true, detail: true, territoire: { select: { nom: true } }, personne: { select: { id: true, nom: true, prenom: true } }, session: { select: { date: true } } },
    }),
    db.situationExamen.count({ where }),
    db.situationExamen.groupBy({ by: ["motif"], where: { AND: [perimetreSituations(acteur), { statut: { notIn: ["DECIDEE", "CLASSEE"] } }] }, _count: { _all: true } }),
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
  // situations inscrites à chaque séance : comptées pour ces 30 séances seulement, sur l'index de la séance
  // (un _count de Prisma agrégeait toutes les situations du département avant la jointure)
  const inscrites = sessions.length
    ? await db.situationExamen.groupBy({ by: ["sessionId"], where: { sessionId: { in: sessions.map((s) => s.id) } }, _count: { _all: true } })
    : [];
  const nombre = new Map(inscrites.map((i) => [i.sessionId, i._count._all]));
  return {
    situations: pageDe(lignes, total, f.page),
    parMotif: Object.fromEntries(parMotif.map((m) => [m.motif, m._count._all])) as Record<string, number>,
    sessions: sessions.map((s) => ({ ...s, _count: { situations: nombre.get(s.id) ?? 0 } })),
    territoires,
    droits: { instruire: instruit, transmettre: peut(acteur, "transmissions:generer"), departementale: acteur.role !== "RESPONSABLE_TERRITOIRE" },
  };
}
