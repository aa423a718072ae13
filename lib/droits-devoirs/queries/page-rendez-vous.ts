import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { exigerPermission, peut } from "@/lib/authz/permissions";
import { perimetrePersonnes } from "@/lib/authz/perimetre";
import { ErreurIntrouvable } from "@/lib/errors";

/** Droits et devoirs dans le dossier : rendez-vous, courriers, messages, situations, décisions. */
export async function pageRendezVous({ acteur, db }: Contexte, personneId: string) {
  exigerPermission(acteur, "beneficiaires:lire");
  const p = await db.personne.findFirst({
    where: { id: personneId, ...perimetrePersonnes(acteur) },
    select: {
      id: true,
      nom: true,
      prenom: true,
      foyer: { select: { numeroAllocataire: true } },
      coordonnees: true,
      rendezVous: { orderBy: { debut: "desc" }, include: { agent: { select: { nom: true, prenom: true } } } },
      courriersDD: { orderBy: { creeLe: "desc" }, select: { id: true, type: true, creeLe: true } },
      messagesSortants: { orderBy: { creeLe: "desc" }, take: 50, select: { id: true, canal: true, destinataire: true, objet: true, statut: true, creeLe: true } },
      situationsExamen: { orderBy: { detecteeLe: "desc" }, select: { id: true, motif: true, statut: true, detecteeLe: true, decision: { select: { id: true, type: true, pourcentage: true, dureeMois: true, dateEffet: true, dateFin: true, remobiliseeLe: true, devenueDefinitiveLe: true, montantRestitueCentimes: true } } } },
    },
  });
  if (!p) throw new ErreurIntrouvable("Personne");
  await journaliser(db, acteur, { operation: "LECTURE", entite: "Personne", entiteId: p.id, details: { vue: "droits-devoirs" } });
  return { personne: p, droits: { rendezVous: peut(acteur, "rendez-vous:gerer"), signaler: peut(acteur, "manquements:signaler"), remobiliser: peut(acteur, "remobilisation:enregistrer") } };
}
