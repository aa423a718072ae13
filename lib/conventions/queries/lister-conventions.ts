import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Contexte } from "@/lib/contexte";
import { pageDe, type PageDe } from "@/lib/pagination";
import type { FiltresConventions } from "../schemas";
import type { StatutConvention } from "../domain/convention";
import { DELAI_BILAN_FINAL_JOURS } from "../domain/cycle-bilan";

export interface ConventionListe {
  id: string;
  objet: string;
  type: "SUBVENTION" | "MARCHE_PUBLIC" | "ACCORD_CADRE";
  statut: StatutConvention;
  titulaire: string | null;
  dateDebut: Date;
  dateFin: Date;
  montantCourant: number | null;
  mandate: number;
  /** bilan final ni soumis ni validé plus de DELAI_BILAN_FINAL_JOURS après la fin (fonction SQL bilan_final_en_retard) */
  bilanEnRetard: boolean;
}

const COLONNES_TRI = {
  objet: Prisma.sql`c.objet`,
  titulaire: Prisma.sql`s.nom`,
  debut: Prisma.sql`c.date_debut`,
  statut: Prisma.sql`c.statut`,
  montant: Prisma.sql`montant_courant`,
  mandate: Prisma.sql`mandate`,
} as const;

/**
 * Conventions du périmètre, avec montant courant (avenants compris) et mandaté, calculés en SQL ; tri,
 * taille de page et filtre d'année côté serveur. `toutes` : sans pagination (export, 10 000 au plus).
 */
export async function listerConventions({ acteur, db }: Contexte, f: FiltresConventions, options: { toutes?: boolean } = {}): Promise<PageDe<ConventionListe>> {
  const conditions: Prisma.Sql[] = [Prisma.sql`c.departement_id = ${acteur.departementId}`];
  if (acteur.role === "OPERATEUR") {
    const s = acteur.structureId ?? "";
    conditions.push(Prisma.sql`(c.structure_id = ${s} OR EXISTS (SELECT 1 FROM lot l LEFT JOIN lot_cotraitant lc ON lc.lot_id = l.id
      WHERE l.convention_id = c.id AND (l.mandataire_id = ${s} OR lc.structure_id = ${s})))`);
  }
  if (f.q) conditions.push(Prisma.sql`(unaccent(c.objet) ILIKE unaccent(${`%${f.q}%`}) OR unaccent(coalesce(s.nom, '')) ILIKE unaccent(${`%${f.q}%`}))`);
  if (f.statut) conditions.push(Prisma.sql`c.statut = ${f.statut}::statut_convention`);
  if (f.type) conditions.push(Prisma.sql`c.type = ${f.type}::type_convention`);
  if (f.retard) conditions.push(Prisma.sql`bilan_final_en_retard(c.id, c.date_fin, current_date, ${DELAI_BILAN_FINAL_JOURS}::int)`);
  if (typeof f.annee === "number") conditions.push(Prisma.sql`c.date_debut <= make_date(${f.annee}::int, 12, 31) AND c.date_fin >= make_date(${f.annee}::int, 1, 1)`);
  const sens = (f.ordre ?? (f.tri === "debut" || f.tri === "montant" || f.tri === "mandate" ? "desc" : "asc")) === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const taille = options.toutes ? 10_000 : f.taille;
  const skip = options.toutes ? 0 : (f.page - 1) * f.taille;
  const lignes = await db.$queryRaw<(Omit<ConventionListe, "montantCourant" | "mandate"> & { montant_courant: bigint | null; mandate: bigint; total: bigint })[]>`
    SELECT c.id, c.objet, c.type::text AS type, c.statut::text AS statut, s.nom AS titulaire, c.date_debut AS "dateDebut", c.date_fin AS "dateFin",
           montant_courant_convention(c.id) AS montant_courant,
           (SELECT coalesce(sum(p.montant_centimes), 0) FROM paiement p WHERE p.convention_id = c.id AND p.statut = 'MANDATE') AS mandate,
           bilan_final_en_retard(c.id, c.date_fin, current_date, ${DELAI_BILAN_FINAL_JOURS}::int) AS "bilanEnRetard",
           count(*) OVER () AS total
    FROM convention c LEFT JOIN structure s ON s.id = c.structure_id
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${COLONNES_TRI[f.tri]} ${sens} NULLS LAST, c.date_debut DESC, c.objet, c.id
    LIMIT ${taille} OFFSET ${skip}`;
  return pageDe(
    lignes.map(({ montant_courant, mandate, total: _t, ...l }) => ({ ...l, montantCourant: montant_courant === null ? null : Number(montant_courant), mandate: Number(mandate) })),
    lignes[0] ? Number(lignes[0].total) : 0,
    f.page,
    taille,
  );
}
