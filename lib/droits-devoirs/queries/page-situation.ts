import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { exigerPermission, peut } from "@/lib/authz/permissions";
import { ErreurIntrouvable } from "@/lib/errors";
import { perimetreSessions, perimetreSituations } from "../perimetre";

/** Une situation et son instruction ; la lecture (données personnelles) est journalisée. */
export async function pageSituation({ acteur, db }: Contexte, id: string) {
  exigerPermission(acteur, "droits-devoirs:lire");
  const s = await db.situationExamen.findFirst({
    where: { id, ...perimetreSituations(acteur) },
    include: {
      territoire: { select: { id: true, nom: true } },
      personne: { select: { id: true, nom: true, prenom: true, foyer: { select: { numeroAllocataire: true, organisme: true, _count: { select: { personnes: true } } } } } },
      session: { select: { id: true, type: true, date: true, territoire: { select: { nom: true } } } },
      decision: true,
      courriers: { orderBy: { creeLe: "asc" }, select: { id: true, type: true, creeLe: true } },
    },
  });
  if (!s) throw new ErreurIntrouvable("Situation");
  await journaliser(db, acteur, { operation: "LECTURE", entite: "SituationExamen", entiteId: s.id, details: { personneId: s.personne.id } });
  const instruire = peut(acteur, "commissions:instruire");
  const [sessions, anterieures] = await Promise.all([
    instruire && s.statut === "A_EXAMINER"
      ? db.sessionCommission.findMany({
          where: { AND: [perimetreSessions(acteur), { date: { gt: new Date() } }, { OR: [{ territoireId: s.territoire.id }, { territoireId: null }] }] },
          orderBy: { date: "asc" },
          take: 20,
          select: { id: true, type: true, date: true, territoire: { select: { nom: true } } },
        })
      : Promise.resolve([]),
    db.decisionSanction.count({ where: { personneId: s.personne.id, situationId: { not: s.id }, type: { in: ["SUSPENSION_REMOBILISATION", "SUPPRESSION_PARTIELLE", "SUPPRESSION_TOTALE"] } } }),
  ]);
  return {
    situation: s,
    sessions,
    recidive: anterieures > 0,
    droits: { instruire, decider: peut(acteur, "decisions:prendre"), remobiliser: peut(acteur, "remobilisation:enregistrer") },
  };
}
