import "server-only";
import type { Contexte } from "@/lib/contexte";
import type { Prisma } from "@/lib/generated/prisma/client";
import { journaliser } from "@/lib/audit/journaliser";
import { exigerPermission } from "@/lib/authz/permissions";
import { ErreurMetier } from "@/lib/errors";
import { courrierDecision } from "../courriers/contenu";
import { estSanction, finSuspension, LIBELLES_DECISION, montantRsaFoyer, montantSuspendu, verifierBareme, type TypeDecision } from "../domain/bareme";
import { transitionSituation } from "../domain/instruction";
import { chargerSituation, jourDe, mettreEnBoite, personneCourrier } from "./commun";

export const QUALITE_DECIDEUR = { ADMIN: "Pour le président du conseil départemental, par délégation", RESPONSABLE_TERRITOIRE: "Pour le président du conseil départemental, par délégation" } as const;

/**
 * Décision du président du conseil départemental (ou de son délégataire), motivée, dans le barème de 2025.
 * Le manquement est « renouvelé » si la personne a déjà fait l'objet d'une suspension ou d'une suppression.
 */
export async function decider(
  { acteur, db }: Contexte,
  d: { situationId: string; type: TypeDecision; pourcentage: number | null; dureeMois: number | null; dateEffet: Date; motifs: string },
  aujourdHui = new Date(),
) {
  exigerPermission(acteur, "decisions:prendre");
  return db.$transaction(async (tx) => {
    const s = await chargerSituation(tx, acteur, d.situationId);
    const t = transitionSituation(s, "decider", aujourdHui);
    if (!t.ok) throw new ErreurMetier("transition", t.message);
    const anterieures = await tx.decisionSanction.count({ where: { personneId: s.personneId, type: { in: ["SUSPENSION_REMOBILISATION", "SUPPRESSION_PARTIELLE", "SUPPRESSION_TOTALE"] } } });
    const recidive = anterieures > 0;
    const personnesFoyer = s.personne.foyer._count.personnes;
    const erreurs = verifierBareme({ type: d.type, recidive, personnesFoyer, pourcentage: d.pourcentage, dureeMois: d.dureeMois });
    if (Object.keys(erreurs).length) {
      throw new ErreurMetier("bareme", "La décision sort du barème de 2025.", Object.fromEntries(Object.entries(erreurs).map(([k, v]) => [k, [v]])));
    }
    if (d.dateEffet.getTime() < jourDe(aujourdHui).getTime()) throw new ErreurMetier("date", "La date d'effet ne peut pas précéder la décision.", { dateEffet: ["Date antérieure à aujourd'hui."] });
    const parametres = await tx.parametresDroitsDevoirs.findUnique({ where: { departementId: s.departementId } });
    const mensuel = montantRsaFoyer(parametres?.montantForfaitaireCentimes ?? 64652, personnesFoyer);
    const sanction = estSanction(d.type);
    const pourcentage = d.type === "SUPPRESSION_TOTALE" ? 100 : sanction ? d.pourcentage : null;
    const dureeMois = d.type === "SUSPENSION_REMOBILISATION" ? d.dureeMois : null;
    const dateFin = dureeMois ? finSuspension(d.dateEffet, dureeMois) : null;
    const suspendu = montantSuspendu(d.type, pourcentage, dureeMois, mensuel);
    const qualite = QUALITE_DECIDEUR[acteur.role as keyof typeof QUALITE_DECIDEUR] ?? "Pour le président du conseil départemental";
    const decision = await tx.decisionSanction.create({
      data: {
        situationId: s.id,
        departementId: s.departementId,
        personneId: s.personneId,
        type: d.type,
        recidive,
        pourcentage,
        dureeMois,
        dateEffet: d.dateEffet,
        dateFin,
        montantMensuelCentimes: mensuel,
        montantSuspenduCentimes: suspendu,
        motifs: d.motifs,
        decideParId: acteur.id,
        qualiteDecideur: qualite,
        decideLe: jourDe(aujourdHui),
      },
    });
    if (d.type === "RETABLISSEMENT") {
      // rétablissement : les sanctions en cours de la personne prennent fin à la date d'effet
      await tx.decisionSanction.updateMany({
        where: { personneId: s.personneId, id: { not: decision.id }, type: { in: ["SUSPENSION_REMOBILISATION", "SUPPRESSION_PARTIELLE", "SUPPRESSION_TOTALE"] }, OR: [{ dateFin: null }, { dateFin: { gte: d.dateEffet } }] },
        data: { dateFin: d.dateEffet },
      });
    }
    await tx.situationExamen.update({ where: { id: s.id }, data: { statut: t.vers } });
    const contenu = courrierDecision({
      departement: s.personne.foyer.departement.nom,
      personne: personneCourrier(s.personne),
      libelleDecision: LIBELLES_DECISION[d.type],
      type: d.type,
      pourcentage,
      dureeMois,
      dateEffet: d.dateEffet,
      dateFin,
      montantSuspendu: suspendu,
      motifs: d.motifs,
      decideur: acteur.nomComplet,
      qualite,
      aujourdHui,
    });
    await tx.courrierDroitsDevoirs.create({ data: { personneId: s.personneId, type: "DECISION", situationId: s.id, contenu: contenu as unknown as Prisma.InputJsonValue, emisParId: acteur.id } });
    await mettreEnBoite(tx, { departementId: s.departementId, personneId: s.personneId, coordonnees: s.personne.coordonnees, objet: contenu.objet, corps: contenu.paragraphes.join("\n\n"), sms: `RSA : une décision vous concernant a été prise (${LIBELLES_DECISION[d.type].toLowerCase()}). Un courrier suit.` });
    await journaliser(tx, acteur, { operation: "CREATION", entite: "DecisionSanction", entiteId: decision.id, details: { situationId: s.id, type: d.type, pourcentage, dureeMois, recidive } });
    return { id: decision.id, situationId: s.id };
  });
}
