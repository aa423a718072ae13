import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { perimetrePrescriptionsOperateur } from "@/lib/authz/perimetre";
import { exigerPermission } from "@/lib/authz/permissions";
import { ErreurIntrouvable } from "@/lib/errors";
import { tauxAssiduite, type StatutPresence } from "../domain/presences";

/** Émargement d'un participant : la prescription (dans le périmètre de la structure), ses semaines, son assiduité. Lecture journalisée. */
export async function presencesPrescription({ acteur, db }: Contexte, id: string) {
  exigerPermission(acteur, "prescriptions:suivre");
  const p = await db.prescription.findFirst({
    where: { AND: [{ id }, perimetrePrescriptionsOperateur(acteur)] },
    select: {
      id: true, statut: true, dateEntree: true, dateSortie: true, typeSortie: true, version: true,
      personne: { select: { prenom: true, nom: true } },
      action: { select: { code: true, intitule: true, heuresHebdo: true } },
      presences: { orderBy: { semaine: "desc" }, select: { id: true, semaine: true, statut: true, heures: true, commentaire: true } },
    },
  });
  if (!p) throw new ErreurIntrouvable("Prescription");
  await journaliser(db, acteur, { operation: "LECTURE", entite: "Presence", entiteId: p.id, details: { prescriptionId: p.id } });
  return {
    ...p,
    heures: p.presences.reduce((s, x) => s + x.heures, 0),
    tauxAssiduite: tauxAssiduite(p.presences.map((x) => ({ statut: x.statut as StatutPresence }))),
  };
}
