"use server";

import { z } from "@/lib/validation";
import { actionSecurisee } from "@/lib/actions/action-securisee";
import { lancerTache } from "./commands/lancer-tache";

const lancer = actionSecurisee({
  schema: z.object({ nom: z.string().regex(/^[a-z0-9-]{1,60}$/, "Tâche inconnue.") }),
  permission: "taches:gerer",
  executer: ({ acteur, db, donnees }) => lancerTache({ acteur, db }, donnees),
  revalider: () => ["/administration/taches"],
  messageSucces: "Tâche mise en file : elle démarre dans quelques secondes.",
});

export async function lancerTacheAction(...args: Parameters<typeof lancer>) {
  return lancer(...args);
}
