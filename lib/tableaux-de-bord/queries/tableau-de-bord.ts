import "server-only";
import { filtreIdentifiant } from "@/lib/validation/filtres";
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Contexte } from "@/lib/contexte";
import { perimetreTerritoires } from "@/lib/authz/perimetre";
import { exigerPermission } from "@/lib/authz/permissions";
import { ErreurIntrouvable } from "@/lib/errors";
import { pyramide, taux, type CellulePyramide } from "../domain/indicateurs";
import { masquerIndicateurs, soumisAuSecret, type IndicateursPopulation } from "../domain/secret-statistique";

export const schemaFiltresTableau = z.object({
  territoire: filtreIdentifiant(),
  annee: z.coerce.number().int().min(2015).max(2100).catch(new Date().getFullYear()),
});
export type FiltresTableau = z.infer<typeof schemaFiltresTableau>;

type Repartition = { modalite: string; n: number }[];

/**
 * Tableau de bord d'un territoire (pôle, commission RSA, commune) ou du département. Toutes les
 * agrégations sont faites par PostgreSQL : la population vient de la vue matérialisée mv_population,
 * les flux de l'année (entrées, délais, prescriptions) de requêtes directes. Aucune donnée personnelle
 * ne sort d'ici : seulement des comptes, des sommes et des taux.
 */
export async function tableauDeBord(contexte: Contexte, filtres: FiltresTableau) {
  const { acteur, db } = contexte;
  exigerPermission(acteur, "tableaux-de-bord:lire");
  const departement = await db.departement.findUniqueOrThrow({ where: { id: acteur.departementId }, select: { nom: true } });
  const demande = filtres.territoire || (acteur.role === "RESPONSABLE_TERRITOIRE" ? acteur.territoireId : null);
  const territoire = demande
    ? await db.territoire.findFirst({ where: { AND: [{ id: demande }, perimetreTerritoires(acteur)] }, select: { id: true, nom: true, type: true, chemin: true } })
    : null;
  if (demande && !territoire) throw new ErreurIntrouvable("Territoire");
  // rôles agrégés : rien en dessous de la commune (un quartier isole trop peu de personnes)
  if (territoire && soumisAuSecret(acteur) && territoire.type === "QUARTIER") throw new ErreurIntrouvable("Territoire");
  if (!territoire && acteur.role === "RESPONSABLE_TERRITOIRE") throw new ErreurIntrouvable("Territoire");

  // communes (et arrondissements, quartiers) du territoire : filtre commun à toutes les requêtes
  const dansTerritoire = (colonne: Prisma.Sql) =>
    territoire
      ? Prisma.sql`${colonne} IN (SELECT id FROM territoire WHERE chemin LIKE ${`${territoire.chemin}%`})`
      : Prisma.sql`${colonne} IN (SELECT id FROM territoire WHERE departement_id = ${acteur.departementId})`;
  const debutAnnee = `${filtres.annee}-01-01`;
  const finAnnee = `${filtres.annee}-12-31`;

  const [cellules, situations, niveaux, anciennetes, contrats, entrees, delais, offre, sorties, references, rafraichissement] = await Promise.all([
    db.$queryRaw<{ tranche: string; sexe: "F" | "M"; n: number; somme_ages: number }[]>`
      SELECT tranche, sexe, sum(n)::int AS n, sum(somme_ages)::float8 AS somme_ages FROM mv_population WHERE ${dansTerritoire(Prisma.sql`territoire_id`)} GROUP BY 1, 2`,
    db.$queryRaw<Repartition>`SELECT situation AS modalite, sum(n)::int AS n FROM mv_population WHERE role = 'DEMANDEUR' AND ${dansTerritoire(Prisma.sql`territoire_id`)} GROUP BY 1 ORDER BY 2 DESC`,
    db.$queryRaw<Repartition>`SELECT niveau AS modalite, sum(n)::int AS n FROM mv_population WHERE ${dansTerritoire(Prisma.sql`territoire_id`)} GROUP BY 1 ORDER BY 1`,
    db.$queryRaw<Repartition>`SELECT anciennete AS modalite, sum(n)::int AS n FROM mv_population WHERE role = 'DEMANDEUR' AND ${dansTerritoire(Prisma.sql`territoire_id`)} GROUP BY 1`,
    db.$queryRaw<{ allocataires: number; personnes: number; sous_contrat: number; quinze_heures: number; exemptions: number }[]>`
      SELECT coalesce(sum(n) FILTER (WHERE role = 'DEMANDEUR'), 0)::int AS allocataires, coalesce(sum(n), 0)::int AS personnes,
             coalesce(sum(n) FILTER (WHERE sous_contrat), 0)::int AS sous_contrat, coalesce(sum(n) FILTER (WHERE quinze_heures), 0)::int AS quinze_heures,
             coalesce(sum(n) FILTER (WHERE exemption), 0)::int AS exemptions
      FROM mv_population WHERE ${dansTerritoire(Prisma.sql`territoire_id`)}`,
    db.$queryRaw<{ mois: number; n: number }[]>`
      SELECT extract(month FROM date_ouverture_droits)::int AS mois, count(*)::int AS n FROM foyer
      WHERE ${dansTerritoire(Prisma.sql`territoire_id`)} AND date_ouverture_droits BETWEEN ${debutAnnee}::date AND ${finAnnee}::date GROUP BY 1 ORDER BY 1`,
    db.$queryRaw<{ entrants: number; orientes_15: number; orientes: number; contrat_30: number; avec_contrat: number }[]>`
      SELECT count(*)::int AS entrants,
             count(*) FILTER (WHERE o.premiere - f.date_ouverture_droits <= 15)::int AS orientes_15,
             count(o.premiere)::int AS orientes,
             count(*) FILTER (WHERE c.premiere - f.date_ouverture_droits <= 30)::int AS contrat_30,
             count(c.premiere)::int AS avec_contrat
      FROM foyer f JOIN personne p ON p.foyer_id = f.id AND p.role = 'DEMANDEUR'
      LEFT JOIN LATERAL (SELECT min(date_debut) AS premiere FROM periode_orientation WHERE personne_id = p.id) o ON true
      LEFT JOIN LATERAL (SELECT min(date_signature) AS premiere FROM contrat_engagement WHERE personne_id = p.id) c ON true
      WHERE ${dansTerritoire(Prisma.sql`f.territoire_id`)} AND f.date_ouverture_droits BETWEEN ${debutAnnee}::date AND ${finAnnee}::date`,
    db.$queryRaw<{ id: string; code: string; intitule: string; capacite: number | null; unite: string | null; participants: number; attente: number }[]>`
      SELECT a.id, a.code, a.intitule, a.capacite, a.unite_capacite::text AS unite, a.participants_en_cours AS participants, a.liste_attente AS attente
      FROM action_insertion a
      WHERE a.departement_id = ${acteur.departementId} AND NOT a.suspendue AND (a.date_fin IS NULL OR a.date_fin >= ${debutAnnee}::date)
        AND (a.date_debut IS NULL OR a.date_debut <= ${finAnnee}::date)
        AND (${territoire === null} OR a.tout_departement OR EXISTS (
          SELECT 1 FROM action_territoire at JOIN territoire t ON t.id = at.territoire_id
          WHERE at.action_id = a.id AND (${territoire?.chemin ?? ""} LIKE t.chemin || '%' OR t.chemin LIKE ${`${territoire?.chemin ?? ""}%`})))
      ORDER BY a.code, a.intitule LIMIT 200`,
    db.$queryRaw<{ type: string; n: number }[]>`
      SELECT coalesce(pr.type_sortie, CASE WHEN pr.statut = 'ABANDON' THEN 'ABANDON' END) AS type, count(*)::int AS n
      FROM prescription pr JOIN personne p ON p.id = pr.personne_id JOIN foyer f ON f.id = p.foyer_id
      WHERE pr.statut IN ('SORTIE', 'ABANDON') AND ${dansTerritoire(Prisma.sql`f.territoire_id`)}
        AND pr.date_sortie BETWEEN ${debutAnnee}::date AND ${finAnnee}::date
      GROUP BY 1 ORDER BY 2 DESC`,
    territoire ? db.statistiqueReference.findMany({ where: { territoireId: territoire.id }, orderBy: { indicateur: "asc" } }) : Promise.resolve([]),
    db.$queryRaw<{ rafraichi_le: Date; duree_ms: number }[]>`SELECT rafraichi_le, duree_ms FROM rafraichissement_indicateurs WHERE vue = 'mv_population'`,
  ]);

  const c = contrats[0]!;
  const d = delais[0]!;
  const moisAvecDonnees = entrees.length;
  const brut = {
    titre: territoire?.nom ?? departement.nom,
    territoire,
    annee: filtres.annee,
    pyramide: pyramide(cellules.map((x): CellulePyramide => ({ tranche: x.tranche, sexe: x.sexe, n: x.n, sommeAges: x.somme_ages }))),
    situations,
    niveaux,
    anciennetes,
    population: { allocataires: c.allocataires, personnes: c.personnes },
    contrats: {
      sousContrat: c.sous_contrat,
      tauxContractualisation: taux(c.sous_contrat, c.personnes),
      partQuinzeHeures: taux(c.quinze_heures, c.sous_contrat),
      exemptions: c.exemptions,
    },
    entrees: { parMois: entrees, total: entrees.reduce((s, e) => s + e.n, 0), moyenneMensuelle: moisAvecDonnees ? entrees.reduce((s, e) => s + e.n, 0) / moisAvecDonnees : null },
    delais: {
      entrants: d.entrants,
      partOrientes15: taux(d.orientes_15, d.entrants),
      partContrat30: taux(d.contrat_30, d.entrants),
    },
    offre: offre.map((o) => ({ ...o, capacite: o.capacite === null ? null : Number(o.capacite) })),
    sorties,
    references,
    rafraichissement: rafraichissement[0] ?? null,
  };
  // effectifs et taux typés « masquables » : le secret statistique s'applique aux rôles agrégés
  const tableau: Omit<typeof brut, keyof IndicateursPopulation> & IndicateursPopulation = brut;
  const secretStatistique = soumisAuSecret(acteur);
  return { ...(secretStatistique ? masquerIndicateurs(tableau) : tableau), secretStatistique };
}
