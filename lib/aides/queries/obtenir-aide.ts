import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { exigerPermission, peut } from "@/lib/authz/permissions";
import { ErreurIntrouvable } from "@/lib/errors";
import { evenementsPossibles, type StatutAide } from "../domain/regles";
import { perimetreAides } from "../perimetre";

/** Une demande d'aide du périmètre, avec les étapes que l'acteur peut franchir ; la lecture est journalisée. */
export async function obtenirAide({ acteur, db }: Contexte, id: string) {
  exigerPermission(acteur, "aides:lire");
  const aide = await db.demandeAide.findFirst({
    where: { AND: [{ id }, perimetreAides(acteur)] },
    include: {
      personne: { select: { id: true, prenom: true, nom: true, dateNaissance: true } },
      territoire: { select: { nom: true } },
      contrat: { select: { id: true, statut: true, dateDebut: true, dateFin: true } },
      demandeur: { select: { prenom: true, nom: true } },
      decideur: { select: { prenom: true, nom: true } },
    },
  });
  if (!aide) throw new ErreurIntrouvable("Demande d'aide");
  await journaliser(db, acteur, { operation: "LECTURE", entite: "DemandeAide", entiteId: id });
  return { aide, evenements: peut(acteur, "aides:decider") ? evenementsPossibles(aide.statut as StatutAide) : [] };
}
