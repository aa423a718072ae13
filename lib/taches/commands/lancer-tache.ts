import "server-only";
import type { Contexte } from "@/lib/contexte";
import { exigerPermission } from "@/lib/authz/permissions";
import { journaliser } from "@/lib/audit/journaliser";
import { ErreurMetier } from "@/lib/errors";
import { mettreEnFile } from "@/lib/taches/file";
import { trouverTache } from "@/lib/taches/registre";

/** L'administrateur met une tâche en file pour son département ; le travailleur l'exécute sous 2 s. */
export async function lancerTache({ acteur, db }: Contexte, { nom }: { nom: string }) {
  exigerPermission(acteur, "taches:gerer");
  const tache = trouverTache(nom);
  if (!tache) throw new ErreurMetier("tache-inconnue", "Cette tâche n'existe pas.");
  // une tâche de l'instance (agrégats communs) est lancée sans département
  const departementId = tache.parDepartement ? acteur.departementId : null;
  const { id } = await mettreEnFile(db, { nom, departementId, demandeParId: acteur.id });
  await journaliser(db, acteur, { operation: "CREATION", entite: "TacheExecution", entiteId: id, details: { tache: nom } });
  return { id, libelle: tache.libelle };
}
