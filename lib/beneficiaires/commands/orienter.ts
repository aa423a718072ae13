import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { perimetrePersonnes } from "@/lib/authz/perimetre";
import { exigerDroitDossier } from "../politique";
import { ErreurIntrouvable, ErreurMetier } from "@/lib/errors";
import { demanderRafraichissementIndicateurs } from "@/lib/tableaux-de-bord/taches/demander";

/**
 * Oriente une personne (parcours, organisme) et lui désigne un référent à partir d'une date : les périodes
 * en cours sont closes la veille, de sorte que l'historique ne se chevauche jamais (contrainte en base).
 */
export async function orienter(
  { acteur, db }: Contexte,
  d: { personneId: string; parcours: "PROFESSIONNEL" | "SOCIO_PROFESSIONNEL" | "SOCIAL"; organismeId: string | null; referentId: string; date: Date },
) {
  exigerDroitDossier(acteur, "orienter");
  const resultat = await db.$transaction(async (tx) => {
    const personne = await tx.personne.findFirst({ where: { AND: [{ id: d.personneId }, perimetrePersonnes(acteur)] }, select: { id: true } });
    if (!personne) throw new ErreurIntrouvable("Dossier");
    const referent = await tx.utilisateur.findFirst({ where: { id: d.referentId, departementId: acteur.departementId, role: "REFERENT", actif: true } });
    if (!referent) throw new ErreurMetier("referent", "Référent inconnu.", { referentId: ["Choisissez un référent de la liste."] });
    if (d.organismeId && !(await tx.structure.count({ where: { id: d.organismeId, departementId: acteur.departementId } }))) {
      throw new ErreurMetier("organisme", "Organisme inconnu.", { organismeId: ["Choisissez un organisme de la liste."] });
    }
    const veille = new Date(d.date.getTime() - 86_400_000);
    for (const table of ["orientation", "referent"] as const) {
      const modele = table === "orientation" ? tx.periodeOrientation : tx.periodeReferent;
      const posterieures = await (modele as typeof tx.periodeOrientation).count({ where: { personneId: d.personneId, dateDebut: { gte: d.date } } });
      if (posterieures) throw new ErreurMetier("date", "Une période commence déjà à cette date ou après.", { date: ["Choisissez une date postérieure aux périodes existantes."] });
      await (modele as typeof tx.periodeOrientation).updateMany({ where: { personneId: d.personneId, dateFin: null }, data: { dateFin: veille } });
    }
    await tx.periodeOrientation.create({ data: { personneId: d.personneId, parcours: d.parcours, organismeId: d.organismeId, dateDebut: d.date } });
    await tx.periodeReferent.create({ data: { personneId: d.personneId, referentId: d.referentId, dateDebut: d.date } });
    await journaliser(tx, acteur, { operation: "MODIFICATION", entite: "Personne", entiteId: d.personneId, details: { orientation: d.parcours, referentId: d.referentId } });
    return { personneId: d.personneId };
  });
  // la situation de la personne est déjà à jour (déclencheurs, même transaction) ; les agrégats suivront
  await demanderRafraichissementIndicateurs(db, acteur.id);
  return resultat;
}
