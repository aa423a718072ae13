import "server-only";
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Contexte } from "@/lib/contexte";
import { exigerPermission, peut } from "@/lib/authz/permissions";
import { journaliser } from "@/lib/audit/journaliser";
import { pageDe, schemaPage } from "@/lib/pagination";
import { perimetreListePrescriptionsSql } from "../perimetre";
import { echapperLike } from "@/lib/authz/perimetre-sql";

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

const STATUTS_SQL = Prisma.raw("statut_prescription");

/** Tri de la liste en SQL (mêmes clés que l'écran), puis date de proposition et identifiant pour un ordre stable. */
function ordre(f: FiltresPrescriptions): Prisma.Sql {
  const sens = Prisma.raw((f.ordre ?? (f.tri === "proposition" ? "desc" : "asc")) === "desc" ? "DESC" : "ASC");
  const principal = f.tri === "personne" ? Prisma.sql`p.nom` : f.tri === "action" ? Prisma.sql`a.code` : f.tri === "statut" ? Prisma.sql`pr.statut` : Prisma.sql`pr.date_proposition`;
  return Prisma.sql`${principal} ${sens}, pr.date_proposition DESC, pr.id ASC`;
}

/** Motifs LIKE d'un fragment saisi, ses caractères spéciaux neutralisés (comme `contains` / `startsWith` de Prisma). */
const contient = (q: string) => `%${echapperLike(q)}%`;
const commencePar = (q: string) => `${echapperLike(q)}%`;

/**
 * Liste des prescriptions de l'acteur (voir perimetreListePrescriptionsSql), triée, paginée et filtrée côté
 * serveur. La projection dépend du rôle : qui lit les dossiers a l'identifiant de la personne (lien vers
 * le dossier) ; l'opérateur a l'identité et, tant que la prescription est active, le téléphone et le
 * courriel — jamais le diagnostic, la santé, le contrat ni les sanctions.
 */
export async function listePrescriptions({ acteur, db }: Contexte, f: FiltresPrescriptions, options: { toutes?: boolean } = {}) {
  exigerPermission(acteur, "prescriptions:lire");
  // les identifiants de la page et le total en une requête SQL sur les index (périmètre par des égalités indexées),
  // puis les lignes de la page par leur identifiant
  const conditions = [perimetreListePrescriptionsSql(acteur)];
  if (f.statut) conditions.push(Prisma.sql`pr.statut = ${f.statut}::${STATUTS_SQL}`);
  if (f.q) conditions.push(Prisma.sql`(p.nom ILIKE ${contient(f.q)} OR p.prenom ILIKE ${contient(f.q)} OR a.code LIKE ${commencePar(f.q)} OR a.intitule ILIKE ${contient(f.q)})`);
  // la personne n'est jointe que pour chercher ou trier sur son nom
  const personne = f.q || f.tri === "personne" ? Prisma.sql`JOIN personne p ON p.id = pr.personne_id` : Prisma.empty;
  const depuis = Prisma.sql`FROM prescription pr JOIN action_insertion a ON a.id = pr.action_id ${personne} WHERE ${Prisma.join(conditions, " AND ")}`;
  const ids = await db.$queryRaw<{ id: string; total: bigint }[]>`
    SELECT pr.id, count(*) OVER () AS total ${depuis}
    ORDER BY ${ordre(f)}
    ${options.toutes ? Prisma.sql`LIMIT 10000` : Prisma.sql`LIMIT ${f.taille} OFFSET ${(f.page - 1) * f.taille}`}`;
  // une page au-delà de la dernière ne rend aucune ligne, donc pas de total : on le compte
  const total = ids.length ? Number(ids[0]!.total) : options.toutes ? 0 : Number((await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n ${depuis}`)[0]?.n ?? 0);
  const lireDossiers = peut(acteur, "beneficiaires:lire");
  const rang = new Map(ids.map((r, i) => [r.id, i]));
  const lignes = (
    await db.prescription.findMany({
      where: { id: { in: ids.map((r) => r.id) } },
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
    })
  ).sort((x, y) => rang.get(x.id)! - rang.get(y.id)!);
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
