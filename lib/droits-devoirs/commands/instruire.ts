import "server-only";
import type { Contexte } from "@/lib/contexte";
import type { Prisma } from "@/lib/generated/prisma/client";
import { journaliser } from "@/lib/audit/journaliser";
import { exigerPermission } from "@/lib/authz/permissions";
import { ErreurMetier } from "@/lib/errors";
import { courrierInformation } from "../courriers/contenu";
import { dateLimiteObservations, LIBELLES_INSTANCE, LIBELLES_MOTIF, transitionSituation } from "../domain/instruction";
import type { TypeDecision } from "../domain/bareme";
import { chargerSituation, jourDe, mettreEnBoite, personneCourrier } from "./commun";

/** Informe la personne (courrier et message) et ouvre le délai pendant lequel elle présente ses observations. */
export async function informerPersonne({ acteur, db }: Contexte, d: { situationId: string }, aujourdHui = new Date()) {
  exigerPermission(acteur, "commissions:instruire");
  return db.$transaction(async (tx) => {
    const s = await chargerSituation(tx, acteur, d.situationId);
    const t = transitionSituation(s, "informer", aujourdHui);
    if (!t.ok || !s.session) throw new ErreurMetier("transition", t.ok ? "Inscrivez d'abord la situation à une session." : t.message);
    const parametres = await tx.parametresDroitsDevoirs.findUnique({ where: { departementId: s.departementId } });
    const informeeLe = jourDe(aujourdHui);
    const limite = dateLimiteObservations(informeeLe, parametres?.delaiObservations ?? 30);
    if (limite.getTime() >= s.session.date.getTime()) {
      throw new ErreurMetier("delai", `La session du ${s.session.date.toLocaleDateString("fr-FR", { timeZone: "UTC" })} est trop proche : la personne doit disposer du délai d'observations (jusqu'au ${limite.toLocaleDateString("fr-FR", { timeZone: "UTC" })}) avant la séance. Inscrivez la situation à une session ultérieure.`);
    }
    const contenu = courrierInformation({
      departement: s.personne.foyer.departement.nom,
      personne: personneCourrier(s.personne),
      motif: LIBELLES_MOTIF[s.motif],
      instance: LIBELLES_INSTANCE[s.session.type],
      session: s.session.date,
      dateLimite: limite,
      emetteur: acteur.nomComplet,
      aujourdHui,
    });
    await tx.courrierDroitsDevoirs.create({ data: { personneId: s.personneId, type: "INFORMATION_EXAMEN", situationId: s.id, contenu: contenu as unknown as Prisma.InputJsonValue, emisParId: acteur.id } });
    await mettreEnBoite(tx, { departementId: s.departementId, personneId: s.personneId, coordonnees: s.personne.coordonnees, objet: contenu.objet, corps: contenu.paragraphes.join("\n\n"), sms: `RSA : votre situation sera examinée. Vous pouvez présenter vos observations jusqu'au ${limite.toLocaleDateString("fr-FR", { timeZone: "UTC" })}. Un courrier suit.` });
    await tx.situationExamen.update({ where: { id: s.id }, data: { statut: t.vers, informeeLe, dateLimiteObservations: limite } });
    await journaliser(tx, acteur, { operation: "MODIFICATION", entite: "SituationExamen", entiteId: s.id, details: { informeeLe: informeeLe.toISOString().slice(0, 10), dateLimiteObservations: limite.toISOString().slice(0, 10) } });
    return { id: s.id };
  });
}

/** Observations de la personne (écrites ou entendue), reçues dans le délai. */
export async function enregistrerObservations({ acteur, db }: Contexte, d: { situationId: string; observations: string; jour: Date }, aujourdHui = new Date()) {
  exigerPermission(acteur, "commissions:instruire");
  return db.$transaction(async (tx) => {
    const s = await chargerSituation(tx, acteur, d.situationId);
    const t = transitionSituation(s, "observer", aujourdHui);
    if (!t.ok) throw new ErreurMetier("transition", t.message);
    if (d.jour.getTime() > jourDe(aujourdHui).getTime()) throw new ErreurMetier("date", "La date de réception ne peut pas être dans le futur.", { jour: ["Date dans le futur."] });
    if (s.informeeLe && d.jour.getTime() < s.informeeLe.getTime()) throw new ErreurMetier("date", "Les observations ne peuvent précéder l'information de la personne.", { jour: ["Date antérieure à l'information."] });
    await tx.situationExamen.update({ where: { id: s.id }, data: { observations: d.observations, observationsLe: d.jour } });
    await journaliser(tx, acteur, { operation: "MODIFICATION", entite: "SituationExamen", entiteId: s.id, details: { observations: true } });
    return { id: s.id };
  });
}

/** Avis de l'équipe pluridisciplinaire ou de la commission : après le délai ou les observations. */
export async function rendreAvis({ acteur, db }: Contexte, d: { situationId: string; avis: TypeDecision; motifs: string }, aujourdHui = new Date()) {
  exigerPermission(acteur, "commissions:instruire");
  return db.$transaction(async (tx) => {
    const s = await chargerSituation(tx, acteur, d.situationId);
    const t = transitionSituation(s, "aviser", aujourdHui);
    if (!t.ok) throw new ErreurMetier("transition", t.message);
    await tx.situationExamen.update({ where: { id: s.id }, data: { statut: t.vers, avis: d.avis, avisMotifs: d.motifs } });
    if (s.sessionId) await tx.sessionCommission.update({ where: { id: s.sessionId }, data: { tenue: true } });
    await journaliser(tx, acteur, { operation: "MODIFICATION", entite: "SituationExamen", entiteId: s.id, details: { avis: d.avis } });
    return { id: s.id };
  });
}

/** Classement sans suite (la personne a régularisé avant l'examen). */
export async function classerSituation({ acteur, db }: Contexte, d: { situationId: string }, aujourdHui = new Date()) {
  exigerPermission(acteur, "commissions:instruire");
  return db.$transaction(async (tx) => {
    const s = await chargerSituation(tx, acteur, d.situationId);
    const t = transitionSituation(s, "classer", aujourdHui);
    if (!t.ok) throw new ErreurMetier("transition", t.message);
    await tx.situationExamen.update({ where: { id: s.id }, data: { statut: t.vers } });
    await journaliser(tx, acteur, { operation: "MODIFICATION", entite: "SituationExamen", entiteId: s.id, details: { statut: t.vers } });
    return { id: s.id };
  });
}
