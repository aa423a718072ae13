import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Contexte } from "@/lib/contexte";
import type { Acteur } from "@/lib/authz/acteur";
import { journaliser } from "@/lib/audit/journaliser";
import { perimetrePersonnes } from "@/lib/authz/perimetre";
import { exigerPermission } from "@/lib/authz/permissions";
import { ErreurIntrouvable, ErreurMetier } from "@/lib/errors";
import { erreursPlan, transition, type StatutContrat } from "../domain/regles";
import { erreurDateSignature, erreursDatesContrat, finParDefaut } from "../domain/dates";
import { decider, type EvenementPolitique } from "../domain/politique";
import { MESSAGE_CONTRAT_OUVERT_EXISTANT } from "../domain/ouvert";
import { estViolationContratVivant, lireParametresContrat } from "../parametres";
import { MESSAGE_CONFLIT_CONTRAT } from "./enregistrer-contrat";
import { demanderRafraichissementIndicateurs } from "@/lib/tableaux-de-bord/taches/demander";

const jourDe = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

async function charger(tx: Prisma.TransactionClient, acteur: Acteur, id: string) {
  const contrat = await tx.contratEngagement.findFirst({
    where: { id, personne: perimetrePersonnes(acteur) },
    include: { objectifs: { include: { activites: true } }, personne: { select: { foyer: { select: { dateOuvertureDroits: true } } } } },
  });
  if (!contrat) throw new ErreurIntrouvable("Contrat");
  return contrat;
}

/** Charge le contrat dans le périmètre et applique la politique (même réponse que les boutons de la page). */
async function chargerEtDecider(tx: Prisma.TransactionClient, acteur: Acteur, id: string, evenement: EvenementPolitique, maintenant: Date) {
  const c = await charger(tx, acteur, id);
  const parametres = await lireParametresContrat(tx, acteur.departementId);
  const decision = decider(acteur, { ...c, statut: c.statut as StatutContrat, statutAvantRupture: c.statutAvantRupture as StatutContrat | null }, evenement, { maintenant, delaiAnnulationRuptureJours: parametres.delaiAnnulationRuptureJours });
  if (!decision.ok) throw new ErreurMetier("politique", decision.message);
  return { c, parametres };
}

async function appliquer(tx: Prisma.TransactionClient, id: string, version: number, data: Prisma.ContratEngagementUpdateManyMutationInput) {
  const maj = await tx.contratEngagement.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (maj.count === 0) throw new ErreurMetier("conflit", MESSAGE_CONFLIT_CONTRAT);
}

/** Signature par le référent (et le bénéficiaire) : plan conforme, dates plausibles, signature datée entre création et aujourd'hui. */
export async function signerContrat({ acteur, db }: Contexte, d: { id: string; version: number; date: Date }, maintenant = new Date()) {
  exigerPermission(acteur, "contrats:rediger");
  const resultat = await db.$transaction(async (tx) => {
    const { c, parametres } = await chargerEtDecider(tx, acteur, d.id, "signer", maintenant);
    const erreurs = erreursPlan({ objectifs: c.objectifs, motifMinoration: c.motifMinoration, motifExemption: c.motifExemption, heuresSalariees: c.heuresSalariees });
    if (Object.keys(erreurs).length) throw new ErreurMetier("plan", Object.values(erreurs)[0]![0]!);
    const dates = erreursDatesContrat(c, { ouvertureDroits: c.personne.foyer.dateOuvertureDroits, parametres });
    if (Object.keys(dates).length) throw new ErreurMetier("dates", `${Object.values(dates)[0]![0]!} Modifiez le brouillon avant de le signer.`);
    const erreurDate = erreurDateSignature(d.date, { creeLe: c.createdAt, aujourdHui: maintenant });
    if (erreurDate) throw new ErreurMetier("date", erreurDate, { date: [erreurDate] });
    const t = transition(c.statut as StatutContrat, "signer");
    if (!t.ok) throw new ErreurMetier("transition", t.message);
    await appliquer(tx, d.id, d.version, { statut: t.vers, dateSignature: jourDe(d.date), signataireId: acteur.id });
    await journaliser(tx, acteur, { operation: "MODIFICATION", entite: "ContratEngagement", entiteId: d.id, details: { evenement: "signer", statut: t.vers, personneId: c.personneId } });
    return { id: d.id, personneId: c.personneId };
  });
  // la situation est à jour (déclencheurs) ; les agrégats des tableaux de bord suivront
  await demanderRafraichissementIndicateurs(db, acteur.id);
  return resultat;
}

/** Validation par le territoire (quatre yeux : ni le rédacteur ni le signataire) ; si le contrat a commencé, il passe « en cours ». */
export async function validerContrat({ acteur, db }: Contexte, d: { id: string; version: number }, aujourdHui = new Date()) {
  exigerPermission(acteur, "contrats:valider");
  const resultat = await db.$transaction(async (tx) => {
    const { c } = await chargerEtDecider(tx, acteur, d.id, "valider", aujourdHui);
    const t = transition(c.statut as StatutContrat, "valider");
    if (!t.ok) throw new ErreurMetier("transition", t.message);
    const statut: StatutContrat = c.dateDebut <= jourDe(aujourdHui) ? "EN_COURS" : t.vers;
    await appliquer(tx, d.id, d.version, { statut, dateValidation: jourDe(aujourdHui), validateurId: acteur.id });
    await journaliser(tx, acteur, { operation: "MODIFICATION", entite: "ContratEngagement", entiteId: d.id, details: { evenement: "valider", statut, personneId: c.personneId } });
    return { id: d.id, personneId: c.personneId };
  });
  // la situation est à jour (déclencheurs) ; les agrégats des tableaux de bord suivront
  await demanderRafraichissementIndicateurs(db, acteur.id);
  return resultat;
}

/** Rupture motivée ; l'état d'avant est gardé pour que le responsable puisse l'annuler dans le délai. */
export async function rompreContrat({ acteur, db }: Contexte, d: { id: string; version: number; motif: string | null }, maintenant = new Date()) {
  exigerPermission(acteur, "contrats:rediger");
  if (!d.motif) throw new ErreurMetier("motif", "Indiquez le motif de la rupture.", { motif: ["Indiquez le motif de la rupture."] });
  const resultat = await db.$transaction(async (tx) => {
    const { c } = await chargerEtDecider(tx, acteur, d.id, "rompre", maintenant);
    await appliquer(tx, d.id, d.version, { statut: "ROMPU", motifRupture: d.motif, rompuLe: maintenant, rompuParId: acteur.id, statutAvantRupture: c.statut as StatutContrat });
    await journaliser(tx, acteur, { operation: "MODIFICATION", entite: "ContratEngagement", entiteId: d.id, details: { evenement: "rompre", statut: "ROMPU", avant: c.statut, motif: d.motif, personneId: c.personneId } });
    return { id: d.id, personneId: c.personneId };
  });
  // la situation est à jour (déclencheurs) ; les agrégats des tableaux de bord suivront
  await demanderRafraichissementIndicateurs(db, acteur.id);
  return resultat;
}

/** Le responsable annule une rupture faite par erreur, dans le délai du département : le contrat retrouve son état. */
export async function annulerRupture({ acteur, db }: Contexte, d: { id: string; version: number; motif: string | null }, maintenant = new Date()) {
  exigerPermission(acteur, "contrats:valider");
  if (!d.motif) throw new ErreurMetier("motif", "Indiquez pourquoi la rupture est annulée.", { motif: ["Indiquez pourquoi la rupture est annulée."] });
  try {
    const resultat = await db.$transaction(async (tx) => {
      const { c } = await chargerEtDecider(tx, acteur, d.id, "annulerRupture", maintenant);
      await appliquer(tx, d.id, d.version, { statut: c.statutAvantRupture!, motifRupture: null, rompuLe: null, rompuParId: null, statutAvantRupture: null });
      await journaliser(tx, acteur, { operation: "MODIFICATION", entite: "ContratEngagement", entiteId: d.id, details: { evenement: "annulerRupture", statut: c.statutAvantRupture, motifRuptureAnnulee: c.motifRupture, motif: d.motif, personneId: c.personneId } });
      return { id: d.id, personneId: c.personneId };
    });
    await demanderRafraichissementIndicateurs(db, acteur.id);
    return resultat;
  } catch (e) {
    if (estViolationContratVivant(e)) throw new ErreurMetier("vivant", "Un autre contrat a été ouvert depuis la rupture : elle ne peut plus être annulée.");
    throw e;
  }
}

/**
 * Renouvellement : le contrat suivant part du bilan du précédent et reprend son plan, en brouillon ; il
 * commence le lendemain de la fin du précédent (ou aujourd'hui si celui-ci est échu depuis) et dure la
 * durée maximale du département.
 */
export async function renouvelerContrat({ acteur, db }: Contexte, d: { id: string; bilan: string }, maintenant = new Date()) {
  exigerPermission(acteur, "contrats:rediger");
  try {
    const resultat = await db.$transaction(async (tx) => {
      const { c, parametres } = await chargerEtDecider(tx, acteur, d.id, "renouveler", maintenant);
      const t = transition(c.statut as StatutContrat, "renouveler");
      if (!t.ok) throw new ErreurMetier("transition", t.message);
      await tx.$queryRaw`SELECT id FROM personne WHERE id = ${c.personneId} FOR UPDATE`;
      await appliquer(tx, c.id, c.version, { statut: t.vers });
      const lendemain = new Date(c.dateFin.getTime() + 86_400_000);
      const aujourdHui = jourDe(maintenant);
      const debut = lendemain < aujourdHui ? aujourdHui : lendemain;
      const fin = finParDefaut(debut, parametres);
      const nouveau = await tx.contratEngagement.create({
        data: {
          personneId: c.personneId,
          referentId: acteur.id,
          dateDebut: debut,
          dateFin: fin,
          motifMinoration: c.motifMinoration,
          motifExemption: c.motifExemption,
          heuresSalariees: c.heuresSalariees,
          contratPrecedentId: c.id,
          bilanPrecedent: d.bilan,
          objectifs: {
            create: c.objectifs.map((o) => ({
              libelle: o.libelle,
              frein: o.frein,
              ordre: o.ordre,
              activites: { create: o.activites.map((a) => ({ libelle: a.libelle, categorie: a.categorie, mode: a.mode, heuresHebdo: a.heuresHebdo, actionId: a.actionId, ordre: a.ordre })) },
            })),
          },
        },
        select: { id: true },
      });
      await journaliser(tx, acteur, { operation: "MODIFICATION", entite: "ContratEngagement", entiteId: c.id, details: { evenement: "renouveler", statut: t.vers, personneId: c.personneId } });
      await journaliser(tx, acteur, { operation: "CREATION", entite: "ContratEngagement", entiteId: nouveau.id, details: { renouvellementDe: c.id, personneId: c.personneId } });
      return { id: nouveau.id, personneId: c.personneId };
    });
    await demanderRafraichissementIndicateurs(db, acteur.id);
    return resultat;
  } catch (e) {
    if (estViolationContratVivant(e)) throw new ErreurMetier("vivant", MESSAGE_CONTRAT_OUVERT_EXISTANT);
    throw e;
  }
}
