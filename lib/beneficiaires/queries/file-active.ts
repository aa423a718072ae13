import "server-only";
import { filtreTexte } from "@/lib/validation/filtres";
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Contexte } from "@/lib/contexte";
import { decalage, pageDe, schemaPage, TAILLE_PAGE } from "@/lib/pagination";
import { ALERTE_ECHEANCE_JOURS, DELAI_CONTRAT_JOURS, DELAI_ORIENTATION_JOURS, type Alerte } from "../domain/delais";

export const ALERTES = ["SANS_CONTRAT", "ECHEANCE_PROCHE", "DELAI_ORIENTATION_DEPASSE", "DELAI_CONTRAT_DEPASSE", "PRESCRIPTION_REFUSEE"] as const;

export const schemaFiltresFileActive = z.object({
  q: filtreTexte(80),
  alerte: z.enum(ALERTES).optional().catch(undefined),
  page: schemaPage,
});

export interface LigneFileActive {
  id: string;
  nom: string;
  prenom: string;
  dateNaissance: Date;
  commune: string;
  ouverture: Date;
  finContrat: Date | null;
  alertes: Alerte[];
}

/**
 * Indicateurs : mêmes règles que domain/delais.ts (alertes), calculées par PostgreSQL pour filtrer et compter.
 * Le périmètre des personnes en SQL, même règle que perimetrePersonnes (lib/authz/perimetre.ts) :
 * la liste a besoin d'indicateurs calculés par PostgreSQL pour filtrer et compter.
 */
function clausePerimetre({ acteur }: Contexte, jour: string): Prisma.Sql | null {
  switch (acteur.role) {
    case "ADMIN":
    case "CHARGE_MISSION":
      return Prisma.sql`f.departement_id = ${acteur.departementId}`;
    case "RESPONSABLE_TERRITOIRE":
      return acteur.cheminTerritoire ? Prisma.sql`f.departement_id = ${acteur.departementId} AND t.chemin LIKE ${`${acteur.cheminTerritoire}%`}` : null;
    case "REFERENT":
      return Prisma.sql`f.departement_id = ${acteur.departementId} AND EXISTS (SELECT 1 FROM periode_referent pr WHERE pr.personne_id = p.id
        AND pr.referent_id = ${acteur.id} AND pr.date_debut <= ${jour}::date AND (pr.date_fin IS NULL OR pr.date_fin >= ${jour}::date))`;
    default:
      return null;
  }
}

/** File active (référent) ou personnes du territoire (responsable), avec ce qu'il y a à faire. */
export async function fileActive(contexte: Contexte, filtres: z.infer<typeof schemaFiltresFileActive>, aujourdHui = new Date()) {
  const jour = aujourdHui.toISOString().slice(0, 10);
  const perimetre = clausePerimetre(contexte, jour);
  if (!perimetre) return { page: pageDe<LigneFileActive>([], 0, 1), compteurs: Object.fromEntries(ALERTES.map((a) => [a, 0])) as Record<Alerte, number> };
  const recherche = filtres.q ? Prisma.sql`AND (unaccent(p.nom) ILIKE unaccent(${`%${filtres.q}%`}) OR unaccent(p.prenom) ILIKE unaccent(${`%${filtres.q}%`}) OR f.numero_allocataire = ${filtres.q})` : Prisma.empty;
  const base = Prisma.sql`
    WITH base AS (
      SELECT p.id, p.nom, p.prenom, p.date_naissance, t.nom AS commune, f.date_ouverture_droits AS ouverture,
        (SELECT min(o.date_debut) FROM periode_orientation o WHERE o.personne_id = p.id) AS orientation,
        (SELECT min(c.date_signature) FROM contrat_engagement c WHERE c.personne_id = p.id) AS premier_contrat,
        (SELECT max(c.date_fin) FROM contrat_engagement c WHERE c.personne_id = p.id AND c.statut IN ('SIGNE', 'VALIDE', 'EN_COURS') AND c.date_fin >= ${jour}::date) AS fin_contrat,
        EXISTS (SELECT 1 FROM prescription x WHERE x.personne_id = p.id AND x.statut = 'REFUSEE') AS refus
      FROM personne p JOIN foyer f ON f.id = p.foyer_id JOIN territoire t ON t.id = f.territoire_id
      WHERE p.role <> 'PERSONNE_A_CHARGE' AND f.etat_droit = 'OUVERT' AND ${perimetre} ${recherche}
    ), indicateurs AS (
      SELECT *,
        fin_contrat IS NULL AS sans_contrat,
        fin_contrat IS NOT NULL AND fin_contrat - ${jour}::date <= ${ALERTE_ECHEANCE_JOURS} AS echeance_proche,
        orientation IS NULL AND ${jour}::date - ouverture > ${DELAI_ORIENTATION_JOURS} AS delai_orientation,
        premier_contrat IS NULL AND ${jour}::date - ouverture > ${DELAI_CONTRAT_JOURS} AS delai_contrat
      FROM base
    )`;
  const colonne: Record<Alerte, Prisma.Sql> = {
    SANS_CONTRAT: Prisma.sql`sans_contrat`,
    ECHEANCE_PROCHE: Prisma.sql`echeance_proche`,
    DELAI_ORIENTATION_DEPASSE: Prisma.sql`delai_orientation`,
    DELAI_CONTRAT_DEPASSE: Prisma.sql`delai_contrat`,
    PRESCRIPTION_REFUSEE: Prisma.sql`refus`,
  };
  const filtre = filtres.alerte ? Prisma.sql`WHERE ${colonne[filtres.alerte]}` : Prisma.empty;
  const { skip } = decalage(filtres.page);
  const [lignes, [compte]] = await Promise.all([
    contexte.db.$queryRaw<{ id: string; nom: string; prenom: string; date_naissance: Date; commune: string; ouverture: Date; fin_contrat: Date | null; sans_contrat: boolean; echeance_proche: boolean; delai_orientation: boolean; delai_contrat: boolean; refus: boolean; total: bigint }[]>`
      ${base} SELECT *, count(*) OVER () AS total FROM indicateurs ${filtre}
      ORDER BY (sans_contrat OR echeance_proche OR delai_orientation OR delai_contrat OR refus) DESC, nom, prenom, id
      LIMIT ${TAILLE_PAGE} OFFSET ${skip}`,
    contexte.db.$queryRaw<{ sans_contrat: bigint; echeance_proche: bigint; delai_orientation: bigint; delai_contrat: bigint; refus: bigint }[]>`
      ${base} SELECT count(*) FILTER (WHERE sans_contrat) AS sans_contrat, count(*) FILTER (WHERE echeance_proche) AS echeance_proche,
        count(*) FILTER (WHERE delai_orientation) AS delai_orientation, count(*) FILTER (WHERE delai_contrat) AS delai_contrat,
        count(*) FILTER (WHERE refus) AS refus FROM indicateurs`,
  ]);
  const page = pageDe<LigneFileActive>(
    lignes.map((l) => ({
      id: l.id,
      nom: l.nom,
      prenom: l.prenom,
      dateNaissance: l.date_naissance,
      commune: l.commune,
      ouverture: l.ouverture,
      finContrat: l.fin_contrat,
      alertes: [
        l.sans_contrat && "SANS_CONTRAT",
        l.echeance_proche && "ECHEANCE_PROCHE",
        l.delai_orientation && "DELAI_ORIENTATION_DEPASSE",
        l.delai_contrat && "DELAI_CONTRAT_DEPASSE",
        l.refus && "PRESCRIPTION_REFUSEE",
      ].filter((a): a is Alerte => Boolean(a)),
    })),
    lignes[0] ? Number(lignes[0].total) : 0,
    filtres.page,
  );
  const compteurs: Record<Alerte, number> = {
    SANS_CONTRAT: Number(compte?.sans_contrat ?? 0),
    ECHEANCE_PROCHE: Number(compte?.echeance_proche ?? 0),
    DELAI_ORIENTATION_DEPASSE: Number(compte?.delai_orientation ?? 0),
    DELAI_CONTRAT_DEPASSE: Number(compte?.delai_contrat ?? 0),
    PRESCRIPTION_REFUSEE: Number(compte?.refus ?? 0),
  };
  return { page, compteurs };
}
