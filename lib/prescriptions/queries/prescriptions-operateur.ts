import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Contexte } from "@/lib/contexte";
import { exigerPermission, peut } from "@/lib/authz/permissions";
import { journaliser } from "@/lib/audit/journaliser";
import { pageDe, schemaPage } from "@/lib/pagination";
import { perimetreListePrescriptions } from "../perimetre";

export const TAILLES_PAGE_PRESCRIPTIONS = [25, 50, 100] as const;
const TRIS = ["personne", "action", "proposition", "statut"] as const;

export const schemaFiltresPrescriptions = z.object({
  statut: z.enum(["PROPOSEE", "ACCEPTEE", "REFUSEE", "ENTREE", "SORTIE", "ABANDON"]).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined).transform((v) => v || undefined),
  tri: z.enum(TRIS).optional().catch(undefined).transform((v) => v ?? "proposition"),
  ordre: z.enum(["asc", "desc"]).optional().catch(undefined),
  taille: z.coerce.number().int().optional().catch(undefined).transform((v) => (TAILLES_PAGE_PRESCRIPTIONS as readonly number[]).includes(v ?? 0) ? v! : 25),
  page: schemaPage,
});
export type FiltresPrescriptions = z.output<typeof schemaFiltresPrescriptions>;

/** Statuts pour lesquels l'opérateur a besoin de joindre la personne (accueil, suivi sur l'action). */
const CONTACT_UTILE = ["PROPOSEE", "ACCEPTEE", "ENTREE"];

function ordre(f: FiltresPrescriptions): Prisma.PrescriptionOrderByWithRelationInput[] {
  const sens = f.ordre ?? (f.tri === "proposition" ? "desc" : "asc");
  const principal: Prisma.PrescriptionOrderByWithRelationInput =
    f.tri === "personne" ? { personne: { nom: sens } } : f.tri === "action" ? { action: { code: sens } } : f.tri === "statut" ? { statut: sens } : { dateProposition: sens };
  return [principal, { dateProposition: "desc" }, { id: "asc" }];
}

/**
 * Liste des prescriptions de l'acteur (voir perimetreListePrescriptions), triée, paginée et filtrée côté
 * serveur. La projection dépend du rôle : qui lit les dossiers a l'identifiant de la personne (lien vers
 * le dossier) ; l'opérateur a l'identité et, tant que la prescription est active, le téléphone et le
 * courriel — jamais le diagnostic, la santé, le contrat ni les sanctions.
 */
export async function listePrescriptions({ acteur, db }: Contexte, f: FiltresPrescriptions, options: { toutes?: boolean } = {}) {
  exigerPermission(acteur, "prescriptions:lire");
  const recherche: Prisma.PrescriptionWhereInput = f.q
    ? { OR: [{ personne: { nom: { contains: f.q, mode: "insensitive" } } }, { personne: { prenom: { contains: f.q, mode: "insensitive" } } }, { action: { code: { startsWith: f.q } } }, { action: { intitule: { contains: f.q, mode: "insensitive" } } }] }
    : {};
  const where: Prisma.PrescriptionWhereInput = { AND: [perimetreListePrescriptions(acteur), f.statut ? { statut: f.statut } : {}, recherche] };
  const lireDossiers = peut(acteur, "beneficiaires:lire");
  const [total, lignes] = await Promise.all([
    db.prescription.count({ where }),
    db.prescription.findMany({
      where,
      orderBy: ordre(f),
      skip: options.toutes ? 0 : (f.page - 1) * f.taille,
      take: options.toutes ? 10_000 : f.taille,
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
        personne: { select: { id: true, prenom: true, nom: true, dateNaissance: true, telephone: true, courriel: true } },
        prescripteur: { select: { prenom: true, nom: true } },
      },
    }),
  ]);
  const projetees = lignes.map(({ personne: { id, telephone, courriel, ...identite }, ...p }) => ({
    ...p,
    personne: lireDossiers
      ? { ...identite, dossierId: id }
      : { ...identite, ...(acteur.role === "OPERATEUR" && CONTACT_UTILE.includes(p.statut) ? { telephone, courriel } : {}) },
  }));
  // liste nominative (noms, dates de naissance) : sa consultation est journalisée comme un dossier
  await journaliser(db, acteur, { operation: "LECTURE", entite: "ListePrescriptions", details: { page: f.page, statut: f.statut ?? null, lignes: lignes.length } });
  return pageDe(projetees, total, f.page, f.taille);
}

/** Compatibilité : la liste vue par l'opérateur. */
export const prescriptionsOperateur = listePrescriptions;
