import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Contexte } from "@/lib/contexte";
import type { Acteur } from "@/lib/authz/acteur";
import { journaliser } from "@/lib/audit/journaliser";
import { perimetrePersonnes } from "@/lib/authz/perimetre";
import { exigerPermission } from "@/lib/authz/permissions";
import { ErreurIntrouvable, ErreurMetier } from "@/lib/errors";
import { erreursPlan, transition, type StatutContrat } from "../domain/regles";
import { MESSAGE_CONFLIT_CONTRAT } from "./enregistrer-contrat";

const jourDe = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

async function charger(tx: Prisma.TransactionClient, acteur: Acteur, id: string) {
  const contrat = await tx.contratEngagement.findFirst({
    where: { id, personne: perimetrePersonnes(acteur) },
    include: { objectifs: { include: { activites: true } } },
  });
  if (!contrat) throw new ErreurIntrouvable("Contrat");
  return contrat;
}

async function appliquer(tx: Prisma.TransactionClient, id: string, version: number, data: Prisma.ContratEngagementUpdateManyMutationInput) {
  const maj = await tx.contratEngagement.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (maj.count === 0) throw new ErreurMetier("conflit", MESSAGE_CONFLIT_CONTRAT);
}

/** Signature par le référent (et le bénéficiaire) : le plan doit respecter les règles. */
export async function signerContrat({ acteur, db }: Contexte, d: { id: string; version: number; date: Date }) {
  exigerPermission(acteur, "contrats:rediger");
  return db.$transaction(async (tx) => {
    const c = await charger(tx, acteur, d.id);
    const t = transition(c.statut as StatutContrat, "signer");
    if (!t.ok) throw new ErreurMetier("transition", t.message);
    const erreurs = erreursPlan({ objectifs: c.objectifs, motifMinoration: c.motifMinoration, motifExemption: c.motifExemption, heuresSalariees: c.heuresSalariees });
    if (Object.keys(erreurs).length) throw new ErreurMetier("plan", Object.values(erreurs)[0]![0]!);
    await appliquer(tx, d.id, d.version, { statut: t.vers, dateSignature: d.date });
    await journaliser(tx, acteur, { operation: "MODIFICATION", entite: "ContratEngagement", entiteId: d.id, details: { statut: t.vers } });
    return { id: d.id, personneId: c.personneId };
  });
}

/** Validation par le territoire ; si le contrat a commencé, il passe aussitôt « en cours ». */
export async function validerContrat({ acteur, db }: Contexte, d: { id: string; version: number }, aujourdHui = new Date()) {
  exigerPermission(acteur, "contrats:valider");
  return db.$transaction(async (tx) => {
    const c = await charger(tx, acteur, d.id);
    const t = transition(c.statut as StatutContrat, "valider");
    if (!t.ok) throw new ErreurMetier("transition", t.message);
    const statut: StatutContrat = c.dateDebut <= jourDe(aujourdHui) ? "EN_COURS" : t.vers;
    await appliquer(tx, d.id, d.version, { statut, dateValidation: jourDe(aujourdHui), validateurId: acteur.id });
    await journaliser(tx, acteur, { operation: "MODIFICATION", entite: "ContratEngagement", entiteId: d.id, details: { statut } });
    return { id: d.id, personneId: c.personneId };
  });
}

export async function rompreContrat({ acteur, db }: Contexte, d: { id: string; version: number; motif: string | null }) {
  exigerPermission(acteur, "contrats:rediger");
  if (!d.motif) throw new ErreurMetier("motif", "Indiquez le motif de la rupture.", { motif: ["Indiquez le motif de la rupture."] });
  return db.$transaction(async (tx) => {
    const c = await charger(tx, acteur, d.id);
    const t = transition(c.statut as StatutContrat, "rompre");
    if (!t.ok) throw new ErreurMetier("transition", t.message);
    await appliquer(tx, d.id, d.version, { statut: t.vers, motifRupture: d.motif });
    await journaliser(tx, acteur, { operation: "MODIFICATION", entite: "ContratEngagement", entiteId: d.id, details: { statut: t.vers } });
    return { id: d.id, personneId: c.personneId };
  });
}

/** Renouvellement : le contrat suivant part du bilan du précédent et reprend son plan, en brouillon. */
export async function renouvelerContrat({ acteur, db }: Contexte, d: { id: string; bilan: string }) {
  exigerPermission(acteur, "contrats:rediger");
  return db.$transaction(async (tx) => {
    const c = await charger(tx, acteur, d.id);
    const t = transition(c.statut as StatutContrat, "renouveler");
    if (!t.ok) throw new ErreurMetier("transition", t.message);
    await appliquer(tx, c.id, c.version, { statut: t.vers });
    const debut = new Date(c.dateFin.getTime() + 86_400_000);
    const fin = new Date(Date.UTC(debut.getUTCFullYear() + 1, debut.getUTCMonth(), debut.getUTCDate() - 1));
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
    await journaliser(tx, acteur, { operation: "CREATION", entite: "ContratEngagement", entiteId: nouveau.id, details: { renouvellementDe: c.id } });
    return { id: nouveau.id, personneId: c.personneId };
  });
}
