import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { exigerPermission } from "@/lib/authz/permissions";
import { perimetreTerritoires } from "@/lib/authz/perimetre";
import { ErreurIntrouvable, ErreurMetier } from "@/lib/errors";
import { transitionSituation } from "../domain/instruction";
import { perimetreSessions } from "../perimetre";
import { chargerSituation, heureParis } from "./commun";

/** Session d'une équipe pluridisciplinaire (par pôle, ou départementale) ou d'une commission RSA. */
export async function creerSession(
  { acteur, db }: Contexte,
  d: { type: "EP_TERRITORIALE" | "EP_DEPARTEMENTALE" | "COMMISSION_RSA"; territoireId: string | null; jour: Date; heure: string; lieu: string | null; membres: string },
) {
  exigerPermission(acteur, "commissions:instruire");
  return db.$transaction(async (tx) => {
    let territoireId: string | null = null;
    if (d.type === "EP_DEPARTEMENTALE") {
      if (acteur.role === "RESPONSABLE_TERRITOIRE") throw new ErreurMetier("type", "L'équipe pluridisciplinaire départementale est organisée par la direction.", { type: ["Réservé à la direction."] });
    } else {
      if (!d.territoireId) throw new ErreurMetier("territoire", "Choisissez le territoire de l'instance.", { territoireId: ["Choisissez le territoire."] });
      const attendu = d.type === "COMMISSION_RSA" ? "COMMISSION_RSA" : "POLE_INSERTION";
      const t = await tx.territoire.findFirst({ where: { id: d.territoireId, type: attendu, ...perimetreTerritoires(acteur) } });
      if (!t) throw new ErreurMetier("territoire", d.type === "COMMISSION_RSA" ? "Choisissez une commission RSA de votre périmètre." : "Choisissez un pôle d'insertion de votre périmètre.", { territoireId: ["Territoire hors de votre périmètre ou d'un autre type."] });
      territoireId = t.id;
    }
    const date = heureParis(d.jour, d.heure);
    const s = await tx.sessionCommission.create({ data: { departementId: acteur.departementId, territoireId, type: d.type, date, lieu: d.lieu, membres: d.membres } });
    await journaliser(tx, acteur, { operation: "CREATION", entite: "SessionCommission", entiteId: s.id });
    return { id: s.id };
  });
}

/** Inscrit une situation à l'ordre du jour d'une session du même territoire (ou de l'EP départementale). */
export async function inscrireSituation({ acteur, db }: Contexte, d: { sessionId: string; situationId: string }, aujourdHui = new Date()) {
  exigerPermission(acteur, "commissions:instruire");
  return db.$transaction(async (tx) => {
    const session = await tx.sessionCommission.findFirst({ where: { id: d.sessionId, ...perimetreSessions(acteur) } });
    if (!session) throw new ErreurIntrouvable("Session");
    const s = await chargerSituation(tx, acteur, d.situationId);
    if (session.territoireId && session.territoireId !== s.territoireId) throw new ErreurMetier("territoire", "Cette session n'est pas celle du territoire de la personne.", { sessionId: ["Session d'un autre territoire."] });
    if (session.date.getTime() < aujourdHui.getTime()) throw new ErreurMetier("date", "Cette session a déjà eu lieu : choisissez une session à venir.", { sessionId: ["Session passée."] });
    const t = transitionSituation(s, "inscrire", aujourdHui);
    if (!t.ok) throw new ErreurMetier("transition", t.message);
    await tx.situationExamen.update({ where: { id: s.id }, data: { statut: t.vers, sessionId: session.id } });
    await journaliser(tx, acteur, { operation: "MODIFICATION", entite: "SituationExamen", entiteId: s.id, details: { sessionId: session.id } });
    return { id: s.id, sessionId: session.id };
  });
}
