import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { perimetrePersonnes } from "@/lib/authz/perimetre";
import { ErreurIntrouvable, ErreurMetier } from "@/lib/errors";
import { erreursPlan, modifiable, type StatutContrat } from "../domain/regles";
import type { DonneesContrat } from "../schemas";
import { verifierReferencesPlan } from "./references-plan";

export const MESSAGE_CONFLIT_CONTRAT =
  "Ce contrat a été modifié par quelqu'un d'autre pendant votre saisie : vos modifications n'ont pas été enregistrées. Rechargez la page pour repartir de la dernière version.";

/** Vérifie les règles du plan et les renvoie en erreurs de champ (le plan complet est sous la clé « plan »). */
export function verifierPlan(d: Pick<DonneesContrat, "plan" | "motifMinoration" | "motifExemption" | "heuresSalariees">) {
  const erreurs = erreursPlan({ objectifs: d.plan.objectifs, motifMinoration: d.motifMinoration, motifExemption: d.motifExemption, heuresSalariees: d.heuresSalariees });
  if (Object.keys(erreurs).length) {
    const general = erreurs._;
    delete erreurs._;
    throw new ErreurMetier("plan", general?.[0] ?? "Le plan du contrat ne respecte pas les règles.", { ...erreurs, ...(general ? { plan: general } : {}) });
  }
}

/** Crée ou met à jour un contrat au stade de brouillon (concurrence optimiste sur `version`). */
export async function enregistrerContrat({ acteur, db }: Contexte, d: DonneesContrat) {
  verifierPlan(d);
  return db.$transaction(async (tx) => {
    const personne = await tx.personne.findFirst({ where: { AND: [{ id: d.personneId }, perimetrePersonnes(acteur)] }, select: { id: true } });
    if (!personne) throw new ErreurIntrouvable("Dossier");
    await verifierReferencesPlan(tx, acteur, d.plan);
    const donneesPlan = {
      objectifs: {
        create: d.plan.objectifs.map((o, ordre) => ({
          libelle: o.libelle,
          frein: o.frein,
          ordre,
          activites: { create: o.activites.map((a, i) => ({ libelle: a.libelle, categorie: a.categorie, mode: a.mode, heuresHebdo: a.heuresHebdo, actionId: a.actionId, ordre: i })) },
        })),
      },
      aides: { create: d.plan.aides.map((a) => ({ typeAide: a.typeAide, objet: a.objet, montantCentimes: BigInt(a.montant) })) },
    };
    const champs = { dateDebut: d.dateDebut, dateFin: d.dateFin, motifMinoration: d.motifMinoration, motifExemption: d.motifExemption, heuresSalariees: d.heuresSalariees };

    if (d.id) {
      const existant = await tx.contratEngagement.findFirst({ where: { id: d.id, personneId: d.personneId }, select: { statut: true } });
      if (!existant) throw new ErreurIntrouvable("Contrat");
      if (!modifiable(existant.statut as StatutContrat)) throw new ErreurMetier("statut", "Seul un contrat en brouillon se modifie. Rompez-le ou renouvelez-le.");
      const maj = await tx.contratEngagement.updateMany({ where: { id: d.id, version: d.version ?? -1 }, data: { ...champs, version: { increment: 1 } } });
      if (maj.count === 0) throw new ErreurMetier("conflit", MESSAGE_CONFLIT_CONTRAT);
      await tx.objectifContrat.deleteMany({ where: { contratId: d.id } });
      await tx.aideDemandee.deleteMany({ where: { contratId: d.id } });
      await tx.contratEngagement.update({ where: { id: d.id }, data: donneesPlan });
      await journaliser(tx, acteur, { operation: "MODIFICATION", entite: "ContratEngagement", entiteId: d.id });
      return { id: d.id, personneId: d.personneId };
    }
    const cree = await tx.contratEngagement.create({ data: { ...champs, personneId: d.personneId, referentId: acteur.id, ...donneesPlan }, select: { id: true } });
    await journaliser(tx, acteur, { operation: "CREATION", entite: "ContratEngagement", entiteId: cree.id });
    return { id: cree.id, personneId: d.personneId };
  });
}
