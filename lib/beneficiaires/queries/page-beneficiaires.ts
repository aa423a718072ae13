import "server-only";
import type { Contexte } from "@/lib/contexte";
import { peut } from "@/lib/authz/permissions";
import { perimetreTerritoires } from "@/lib/authz/perimetre";
import { contratsAValider } from "@/lib/contrats/queries/obtenir-contrat";
import { fileActive, type FiltresFileActive } from "./file-active";

/** Choix des filtres : communes du périmètre et référents du département (pas pour le référent lui-même). */
async function optionsFiltres({ acteur, db }: Contexte) {
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

/** File active, choix des filtres et, pour le responsable de territoire, les contrats signés à valider. */
export async function pageBeneficiaires(contexte: Contexte, filtres: FiltresFileActive) {
  const [liste, options, aValider] = await Promise.all([
    fileActive(contexte, filtres),
    optionsFiltres(contexte),
    contexte.acteur.role === "RESPONSABLE_TERRITOIRE" && peut(contexte.acteur, "contrats:valider") ? contratsAValider(contexte) : Promise.resolve([]),
  ]);
  return { ...liste, options, aValider };
}
