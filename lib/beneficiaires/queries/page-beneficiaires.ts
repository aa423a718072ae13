import "server-only";
import type { Contexte } from "@/lib/contexte";
import { peut } from "@/lib/authz/permissions";
import { perimetreTerritoires } from "@/lib/authz/perimetre";
import { contratsAValider } from "@/lib/contrats/queries/obtenir-contrat";
import { compteursFileActiveEnMemoire, fileActive, type FiltresFileActive } from "./file-active";

/** Choix des filtres : communes du périmètre et référents du département (pas pour le référent lui-même). */
export async function optionsFiltres({ acteur, db }: Contexte) {
  const [communes, referents] = await Promise.all([
    db.territoire.findMany({
      where: { AND: [perimetreTerritoires(acteur), { type: { in: ["COMMUNE", "ARRONDISSEMENT"] } }] },
      orderBy: [{ nom: "asc" }],
      select: { id: true, nom: true },
    }),
    acteur.role === "REFERENT"
      ? Promise.resolve([])
      : db.utilisateur.findMany({
          where: {
            departementId: acteur.departementId,
            role: "REFERENT",
            ...(acteur.role === "RESPONSABLE_TERRITOIRE" && acteur.cheminTerritoire ? { territoire: { chemin: { startsWith: acteur.cheminTerritoire } } } : {}),
          },
          orderBy: [{ nom: "asc" }, { prenom: "asc" }],
          select: { id: true, nom: true, prenom: true, actif: true },
        }),
  ]);
  return {
    communes: communes.map((c) => ({ valeur: c.id, libelle: c.nom })),
    referents: referents.map((r) => ({ valeur: r.id, libelle: `${r.prenom} ${r.nom}${r.actif ? "" : " (inactif)"}` })),
  };
}

/**
 * Filtres hors de portée : une commune ou un référent qui ne figure pas parmi les choix de l'acteur est
 * écarté, et la page le dit (au lieu d'une liste vide sans explication).
 */
export function filtresAPortee(filtres: FiltresFileActive, options: { communes: { valeur: string }[]; referents: { valeur: string }[] }, acteur: { role: string; id: string }) {
  const avis: string[] = [];
  const retenus = { ...filtres };
  if (filtres.commune && !options.communes.some((c) => c.valeur === filtres.commune)) {
    avis.push("La commune demandée n'est pas dans votre périmètre : la liste n'est pas filtrée par commune.");
    retenus.commune = undefined;
  }
  if (filtres.referent && filtres.referent !== acteur.id && !options.referents.some((r) => r.valeur === filtres.referent)) {
    avis.push("Le référent demandé n'est pas dans votre périmètre : la liste n'est pas filtrée par référent.");
    retenus.referent = undefined;
  }
  return { filtres: retenus, avis };
}

/** File active, choix des filtres et, pour le responsable de territoire, les contrats signés à valider. */
export async function pageBeneficiaires(contexte: Contexte, demandes: FiltresFileActive) {
  const options = await optionsFiltres(contexte);
  const { filtres, avis } = filtresAPortee(demandes, options, contexte.acteur);
  const [liste, aValider] = await Promise.all([
    fileActive(contexte, filtres, new Date(), compteursFileActiveEnMemoire),
    contexte.acteur.role === "RESPONSABLE_TERRITOIRE" && peut(contexte.acteur, "contrats:valider") ? contratsAValider(contexte) : Promise.resolve([]),
  ]);
  return { ...liste, options, aValider, filtres, avis };
}
