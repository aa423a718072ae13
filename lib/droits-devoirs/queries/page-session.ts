import "server-only";
import type { Contexte } from "@/lib/contexte";
import { exigerPermission } from "@/lib/authz/permissions";
import { ErreurIntrouvable } from "@/lib/errors";
import { perimetreSessions, perimetreSituations } from "../perimetre";

/** Une session : composition, ordre du jour, et les situations du territoire qu'on peut y inscrire. */
export async function pageSession({ acteur, db }: Contexte, id: string) {
  exigerPermission(acteur, "commissions:instruire");
  const session = await db.sessionCommission.findFirst({
    where: { id, ...perimetreSessions(acteur) },
    include: {
      territoire: { select: { nom: true } },
      situations: { orderBy: { id: "asc" }, select: { id: true, motif: true, statut: true, dateLimiteObservations: true, avis: true, personne: { select: { nom: true, prenom: true } }, decision: { select: { type: true } } } },
    },
  });
  if (!session) throw new ErreurIntrouvable("Session");
  const candidates = await db.situationExamen.findMany({
    where: { AND: [perimetreSituations(acteur), { statut: "A_EXAMINER" }, session.territoireId ? { territoireId: session.territoireId } : {}] },
    orderBy: [{ detecteeLe: "asc" }, { id: "asc" }],
    take: 100,
    select: { id: true, motif: true, detecteeLe: true, personne: { select: { nom: true, prenom: true } } },
  });
  return { session, candidates };
}
