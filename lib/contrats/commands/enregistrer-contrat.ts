import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Contexte } from "@/lib/contexte";
import type { Acteur } from "@/lib/authz/acteur";
import { journaliser } from "@/lib/audit/journaliser";
import { perimetrePersonnes } from "@/lib/authz/perimetre";
import { ErreurIntrouvable, ErreurMetier } from "@/lib/errors";
import { erreursPlan, type StatutContrat } from "../domain/regles";
import { erreursDatesContrat } from "../domain/dates";
import { decider } from "../domain/politique";
import { MESSAGE_CONTRAT_OUVERT_EXISTANT, STATUTS_CONTRAT_OUVERT } from "../domain/ouvert";
import { estViolationContratVivant, lireParametresContrat } from "../parametres";
import type { DonneesContrat } from "../schemas";
import { verifierReferencesPlan } from "./references-plan";

export const MESSAGE_CONFLIT_CONTRAT =
  "Ce contrat a été modifié par quelqu'un d'autre pendant votre saisie : vos modifications n'ont pas été enregistrées. Rechargez la page pour repartir de la dernière version.";

/** Vérifie les règles du plan et les renvoie en erreurs de champ (les erreurs du plan entier sous « plan »). */
export function verifierPlan(d: Pick<DonneesContrat, "objectifs" | "motifMinoration" | "motifExemption" | "heuresSalariees">) {
  const erreurs = erreursPlan({ objectifs: d.objectifs, motifMinoration: d.motifMinoration, motifExemption: d.motifExemption, heuresSalariees: d.heuresSalariees });
  if (Object.keys(erreurs).length) {
    const general = erreurs._;
    delete erreurs._;
    const premier = general?.[0] ?? Object.values(erreurs)[0]?.[0];
    throw new ErreurMetier("plan", premier ?? "Le plan du contrat ne respecte pas les règles.", { ...erreurs, ...(general ? { plan: general } : {}) });
  }
}

/** Verrouille la personne (dans le périmètre) : deux enregistrements simultanés ne créent pas deux contrats. */
export async function verrouillerPersonne(tx: Prisma.TransactionClient, acteur: Acteur, personneId: string) {
  const personne = await tx.personne.findFirst({ where: { AND: [{ id: personneId }, perimetrePersonnes(acteur)] }, select: { id: true, foyer: { select: { dateOuvertureDroits: true } } } });
  if (!personne) throw new ErreurIntrouvable("Dossier");
  await tx.$queryRaw`SELECT id FROM personne WHERE id = ${personneId} FOR UPDATE`;
  return personne;
}

/** Crée ou met à jour un contrat au stade de brouillon (concurrence optimiste sur `version`). */
export async function enregistrerContrat({ acteur, db }: Contexte, d: DonneesContrat) {
  verifierPlan(d);
  try {
    return await db.$transaction(async (tx) => {
      const personne = await verrouillerPersonne(tx, acteur, d.personneId);
      await verifierReferencesPlan(tx, acteur, { objectifs: d.objectifs });
      const parametres = await lireParametresContrat(tx, acteur.departementId);
      const erreursDates = erreursDatesContrat(d, { ouvertureDroits: personne.foyer.dateOuvertureDroits, parametres });
      if (Object.keys(erreursDates).length) throw new ErreurMetier("dates", Object.values(erreursDates)[0]![0]!, erreursDates);
      const donneesPlan = {
        objectifs: {
          create: d.objectifs.map((o, ordre) => ({
            libelle: o.libelle,
            frein: o.frein,
            ordre,
            activites: { create: o.activites.map((a, i) => ({ libelle: a.libelle, categorie: a.categorie, mode: a.mode, heuresHebdo: a.heuresHebdo, actionId: a.actionId, ordre: i })) },
          })),
        },
        aides: { create: d.aides.map((a) => ({ typeAide: a.typeAide, objet: a.objet, montantCentimes: BigInt(a.montant) })) },
      };
      const champs = { dateDebut: d.dateDebut, dateFin: d.dateFin, motifMinoration: d.motifMinoration, motifExemption: d.motifExemption, heuresSalariees: d.heuresSalariees };

      if (d.id) {
        const existant = await tx.contratEngagement.findFirst({ where: { id: d.id, personneId: d.personneId }, select: { statut: true, referentId: true, signataireId: true, rompuLe: true, statutAvantRupture: true } });
        if (!existant) throw new ErreurIntrouvable("Contrat");
        const decision = decider(acteur, { ...existant, statut: existant.statut as StatutContrat, statutAvantRupture: existant.statutAvantRupture as StatutContrat | null }, "modifier", { maintenant: new Date(), delaiAnnulationRuptureJours: parametres.delaiAnnulationRuptureJours });
        if (!decision.ok) throw new ErreurMetier("statut", decision.message);
        const maj = await tx.contratEngagement.updateMany({ where: { id: d.id, version: d.version ?? -1 }, data: { ...champs, version: { increment: 1 } } });
        if (maj.count === 0) throw new ErreurMetier("conflit", MESSAGE_CONFLIT_CONTRAT);
        await tx.objectifContrat.deleteMany({ where: { contratId: d.id } });
        await tx.aideDemandee.deleteMany({ where: { contratId: d.id } });
        await tx.contratEngagement.update({ where: { id: d.id }, data: donneesPlan });
        await journaliser(tx, acteur, { operation: "MODIFICATION", entite: "ContratEngagement", entiteId: d.id, details: { personneId: d.personneId } });
        return { id: d.id, personneId: d.personneId };
      }
      // un seul contrat vivant : ouvrir « nouveau contrat » alors qu'un autre vit mène à celui-ci (page), et la commande refuse
      const vivant = await tx.contratEngagement.findFirst({ where: { personneId: d.personneId, statut: { in: [...STATUTS_CONTRAT_OUVERT] } }, select: { id: true } });
      if (vivant) throw new ErreurMetier("vivant", MESSAGE_CONTRAT_OUVERT_EXISTANT);
      const cree = await tx.contratEngagement.create({ data: { ...champs, personneId: d.personneId, referentId: acteur.id, ...donneesPlan }, select: { id: true } });
      await journaliser(tx, acteur, { operation: "CREATION", entite: "ContratEngagement", entiteId: cree.id, details: { personneId: d.personneId } });
      return { id: cree.id, personneId: d.personneId };
    });
  } catch (e) {
    if (estViolationContratVivant(e)) throw new ErreurMetier("vivant", MESSAGE_CONTRAT_OUVERT_EXISTANT);
    throw e;
  }
}
