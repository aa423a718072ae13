import "server-only";
import type { Contexte } from "@/lib/contexte";
import { perimetreUtilisateurs } from "@/lib/authz/perimetre";
import { exigerPermission } from "@/lib/authz/permissions";

export async function listerUtilisateurs({ acteur, db }: Contexte) {
  exigerPermission(acteur, "utilisateurs:gerer");
  const utilisateurs = await db.utilisateur.findMany({
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
  // second facteur actif, en une requête pour toute la liste
  const facteurs = await db.secondFacteur.findMany({ where: { utilisateurId: { in: utilisateurs.map((u) => u.id) }, actifDepuis: { not: null } }, select: { utilisateurId: true } });
  const avecFacteur = new Set(facteurs.map((f) => f.utilisateurId));
  return utilisateurs.map((u) => ({ ...u, secondFacteur: avecFacteur.has(u.id) }));
}
