import "server-only";
import type { Contexte } from "@/lib/contexte";
import { perimetreUtilisateurs } from "@/lib/authz/perimetre";
import { exigerPermission } from "@/lib/authz/permissions";

export async function listerUtilisateurs({ acteur, db }: Contexte) {
  exigerPermission(acteur, "utilisateurs:gerer");
  return db.utilisateur.findMany({
    where: perimetreUtilisateurs(acteur),
    orderBy: [{ role: "asc" }, { nom: "asc" }],
    select: {
      id: true,
      courriel: true,
      nom: true,
      prenom: true,
      role: true,
      actif: true,
      derniereConnexion: true,
      territoire: { select: { nom: true } },
      structure: { select: { nom: true } },
    },
  });
}
