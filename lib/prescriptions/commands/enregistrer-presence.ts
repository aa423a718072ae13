import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { perimetrePrescriptionsOperateur } from "@/lib/authz/perimetre";
import { exigerPermission } from "@/lib/authz/permissions";
import { ErreurIntrouvable, ErreurMetier } from "@/lib/errors";
import { lundiDe, refusPresence, type StatutPresence } from "../domain/presences";

export interface SaisiePresence {
  prescriptionId: string;
  semaine: Date;
  statut: StatutPresence;
  heures: number;
  commentaire: string | null;
}

/**
 * La structure émarge un participant pour une semaine (présent avec ses heures, absent, absence excusée).
 * La prescription est lue dans le périmètre de la structure (une autre structure : introuvable) ; la
 * personne doit être entrée sur l'action cette semaine-là. Une nouvelle saisie de la même semaine remplace
 * la précédente. Journalisé.
 */
export async function enregistrerPresence({ acteur, db }: Contexte, d: SaisiePresence) {
  exigerPermission(acteur, "prescriptions:suivre");
  const refus = refusPresence(d.statut, d.heures);
  if (refus) throw new ErreurMetier("heures", refus, { heures: [refus] });
  const semaine = lundiDe(d.semaine);
  const finSemaine = new Date(semaine.getTime() + 6 * 86_400_000);
  return db.$transaction(async (tx) => {
    const p = await tx.prescription.findFirst({ where: { AND: [{ id: d.prescriptionId }, perimetrePrescriptionsOperateur(acteur)] }, select: { id: true, statut: true, dateEntree: true, dateSortie: true } });
    if (!p) throw new ErreurIntrouvable("Prescription");
    if (!p.dateEntree || p.dateEntree > finSemaine || (p.dateSortie && p.dateSortie < semaine)) {
      const message = "La personne n'était pas sur l'action cette semaine-là (avant son entrée ou après sa sortie).";
      throw new ErreurMetier("semaine", message, { semaine: [message] });
    }
    const existante = await tx.presence.findUnique({ where: { prescriptionId_semaine: { prescriptionId: p.id, semaine } }, select: { id: true } });
    const presence = await tx.presence.upsert({
      where: { prescriptionId_semaine: { prescriptionId: p.id, semaine } },
      create: { departementId: acteur.departementId, prescriptionId: p.id, semaine, statut: d.statut, heures: d.heures, commentaire: d.commentaire, saisiParId: acteur.id },
      update: { statut: d.statut, heures: d.heures, commentaire: d.commentaire, saisiParId: acteur.id },
      select: { id: true },
    });
    await journaliser(tx, acteur, { operation: existante ? "MODIFICATION" : "CREATION", entite: "Presence", entiteId: presence.id, details: { prescriptionId: p.id, semaine: semaine.toISOString().slice(0, 10), statut: d.statut } });
    return { id: presence.id, prescriptionId: p.id };
  });
}
