import "server-only";
import { z } from "zod";
import type { Contexte } from "@/lib/contexte";
import { perimetrePrescriptionsOperateur } from "@/lib/authz/perimetre";
import { exigerPermission } from "@/lib/authz/permissions";
import { journaliser } from "@/lib/audit/journaliser";
import { decalage, pageDe, schemaPage } from "@/lib/pagination";

export const schemaFiltresPrescriptions = z.object({
  statut: z.enum(["PROPOSEE", "ACCEPTEE", "REFUSEE", "ENTREE", "SORTIE", "ABANDON"]).optional().catch(undefined),
  page: schemaPage,
});

/**
 * Prescriptions sur les actions de la structure de l'opérateur. La projection est volontairement
 * réduite : identité, action, dates et statut — jamais le diagnostic, la santé, le contrat ni les sanctions.
 */
export async function prescriptionsOperateur({ acteur, db }: Contexte, f: z.infer<typeof schemaFiltresPrescriptions>) {
  exigerPermission(acteur, "prescriptions:suivre");
  const where = { AND: [perimetrePrescriptionsOperateur(acteur), f.statut ? { statut: f.statut } : {}] };
  const [total, lignes] = await Promise.all([
    db.prescription.count({ where }),
    db.prescription.findMany({
      where,
      orderBy: [{ dateProposition: "desc" }, { id: "asc" }],
      ...decalage(f.page),
      select: {
        id: true,
        version: true,
        statut: true,
        dateProposition: true,
        dateReponse: true,
        dateEntree: true,
        dateSortie: true,
        motifRefus: true,
        typeSortie: true,
        action: { select: { id: true, code: true, intitule: true } },
        personne: { select: { prenom: true, nom: true, dateNaissance: true } },
        prescripteur: { select: { prenom: true, nom: true } },
      },
    }),
  ]);
  // liste nominative (noms, dates de naissance) : sa consultation est journalisée comme un dossier
  await journaliser(db, acteur, { operation: "LECTURE", entite: "ListePrescriptions", details: { page: f.page, statut: f.statut ?? null, lignes: lignes.length } });
  return pageDe(lignes, total, f.page);
}
