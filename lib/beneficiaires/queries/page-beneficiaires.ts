import "server-only";
import type { z } from "zod";
import type { Contexte } from "@/lib/contexte";
import { peut } from "@/lib/authz/permissions";
import { journaliser } from "@/lib/audit/journaliser";
import { contratsAValider } from "@/lib/contrats/queries/obtenir-contrat";
import { fileActive, type schemaFiltresFileActive } from "./file-active";

/** File active et, pour le responsable de territoire, les contrats signés à valider. */
export async function pageBeneficiaires(contexte: Contexte, filtres: z.infer<typeof schemaFiltresFileActive>) {
  const [liste, aValider] = await Promise.all([
    fileActive(contexte, filtres),
    contexte.acteur.role === "RESPONSABLE_TERRITOIRE" && peut(contexte.acteur, "contrats:valider") ? contratsAValider(contexte) : Promise.resolve([]),
  ]);
  // liste nominative : sa consultation est journalisée (filtres compris), comme la lecture d'un dossier
  await journaliser(contexte.db, contexte.acteur, { operation: "LECTURE", entite: "FileActive", details: { q: filtres.q, alerte: filtres.alerte ?? null, page: filtres.page } });
  return { ...liste, aValider };
}
