import "server-only";
import { filtreTexte } from "@/lib/validation/filtres";
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Contexte } from "@/lib/contexte";
import { jourIso, perimetreSituationsSql } from "@/lib/authz/perimetre-sql";
import { pageDe } from "@/lib/pagination";
import { journaliser } from "@/lib/audit/journaliser";
import { enMemoire } from "@/lib/cache/memoire";
import type { Alerte } from "../domain/delais";
import { ALERTES, conditionAlerte, expressionsAlertes } from "../situations-sql";

export { ALERTES };

export const TRIS_FILE_ACTIVE = ["urgence", "nom", "commune", "ouverture", "fin_contrat", "referent"] as const;
export type TriFileActive = (typeof TRIS_FILE_ACTIVE)[number];
export const TAILLES_PAGE = [25, 50, 100] as const;
export const PARCOURS = ["PROFESSIONNEL", "SOCIO_PROFESSIONNEL", "SOCIAL", "AUCUN"] as const;

const identifiant = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{1,40}$/i)
  .optional()
  .catch(undefined);

/** Paramètres de l'URL de la liste : une valeur invalide retombe sur la valeur par défaut (jamais d'erreur 500). */
export const schemaFiltresFileActive = z.object({
  q: filtreTexte(80),
  alerte: z.enum(ALERTES).optional().catch(undefined),
  referent: identifiant,
  commune: identifiant,
  parcours: z.enum(PARCOURS).optional().catch(undefined),
  tri: z.enum(TRIS_FILE_ACTIVE).catch("urgence"),
  ordre: z.enum(["asc", "desc"]).catch("asc"),
  taille: z.coerce.number().pipe(z.union(TAILLES_PAGE.map((t) => z.literal(t)) as [z.ZodLiteral<25>, z.ZodLiteral<50>, z.ZodLiteral<100>])).catch(25),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type FiltresFileActive = z.infer<typeof schemaFiltresFileActive>;

export interface LigneFileActive {
  id: string;
  nom: string;
  prenom: string;
  dateNaissance: Date;
  numeroAllocataire: string;
  commune: string;
  ouverture: Date;
  parcours: string | null;
  referent: string | null;
  finContrat: Date | null;
  dateUrgence: Date | null;
  alertes: Alerte[];
}

type LigneSql = {
  personne_id: string; nom: string; prenom: string; date_naissance: Date; numero_allocataire: string; commune: string; date_ouverture: Date;
  parcours: string | null; referent_nom: string | null; fin_contrat: Date | null; vivant: boolean; date_urgence: Date | null;
} & Record<Alerte, boolean>;

function ordre(tri: TriFileActive, sens: "asc" | "desc"): Prisma.Sql {
  const s = sens === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  switch (tri) {
    case "nom":
      return Prisma.sql`s.nom_tri ${s}, s.personne_id ${s}`;
    case "commune":
      return Prisma.sql`s.commune ${s}, s.nom_tri, s.personne_id`;
    case "ouverture":
      return Prisma.sql`s.date_ouverture ${s}, s.nom_tri, s.personne_id`;
    case "fin_contrat":
      return Prisma.sql`s.fin_contrat ${s} NULLS LAST, s.nom_tri, s.personne_id`;
    case "referent":
      return Prisma.sql`s.referent_nom ${s} NULLS LAST, s.nom_tri, s.personne_id`;
    default:
      // « à faire d'abord » : la chose due depuis le plus longtemps en tête
      return Prisma.sql`s.date_urgence ${s} NULLS LAST, s.nom_tri, s.personne_id`;
  }
}

/** Filtres dont dépendent les compteurs (ni l'alerte choisie, ni le tri, ni la page). */
export type FiltresCompteurs = Pick<FiltresFileActive, "q" | "referent" | "commune" | "parcours">;

/** Conditions communes à la liste, aux compteurs et à l'export (sauf l'alerte choisie). */
function conditions(contexte: Contexte, filtres: FiltresCompteurs, aujourdHui: Date): Prisma.Sql {
  const parties: Prisma.Sql[] = [Prisma.sql`s.droit_ouvert`, perimetreSituationsSql(contexte.acteur, aujourdHui)];
  if (filtres.q) {
    const motif = `%${filtres.q.toLowerCase()}%`;
    parties.push(Prisma.sql`(s.nom_tri LIKE unaccent(${motif}) OR s.numero_allocataire = ${filtres.q})`);
  }
  if (filtres.referent) parties.push(Prisma.sql`s.referent_id = ${filtres.referent}`);
  if (filtres.commune) parties.push(Prisma.sql`s.territoire_id = ${filtres.commune}`);
  if (filtres.parcours === "AUCUN") parties.push(Prisma.sql`s.parcours IS NULL`);
  else if (filtres.parcours) parties.push(Prisma.sql`s.parcours = ${filtres.parcours}`);
  return Prisma.join(parties, " AND ");
}

function versLigne(l: LigneSql): LigneFileActive {
  return {
    id: l.personne_id,
    nom: l.nom,
    prenom: l.prenom,
    dateNaissance: l.date_naissance,
    numeroAllocataire: l.numero_allocataire,
    commune: l.commune,
    ouverture: l.date_ouverture,
    parcours: l.parcours,
    referent: l.referent_nom,
    finContrat: l.vivant ? l.fin_contrat : null,
    dateUrgence: l.date_urgence,
    alertes: ALERTES.filter((a) => l[a]),
  };
}

/** Lignes de la liste (page ou export), lues dans la projection situation_personne : rien n'est recalculé. */
export async function lignesFileActive(contexte: Contexte, filtres: FiltresFileActive, limite: number, decalage: number, aujourdHui = new Date()) {
  const jour = jourIso(aujourdHui);
  const filtreAlerte = filtres.alerte ? Prisma.sql`AND ${conditionAlerte(filtres.alerte, jour)}` : Prisma.empty;
  const lignes = await contexte.db.$queryRaw<LigneSql[]>`
    SELECT s.personne_id, s.nom, s.prenom, s.date_naissance, s.numero_allocataire, s.commune, s.date_ouverture, s.parcours,
           s.referent_nom, s.fin_contrat, contrat_vivant(s.contrat_statut, s.fin_contrat, ${jour}::date) AS vivant, s.date_urgence,
           ${expressionsAlertes(jour)}
    FROM situation_personne s
    WHERE ${conditions(contexte, filtres, aujourdHui)} ${filtreAlerte}
    ORDER BY ${ordre(filtres.tri, filtres.ordre)}
    LIMIT ${limite} OFFSET ${decalage}`;
  return lignes.map(versLigne);
}

export type CompteursFileActive = Record<Alerte, number> & { total: number };

/**
 * Total et compteur de chaque alerte des personnes qui répondent aux filtres (l'alerte choisie mise à part),
 * au jour donné (AAAA-MM-JJ).
 */
export async function compteursFileActive(contexte: Contexte, filtres: FiltresCompteurs, jour: string): Promise<CompteursFileActive> {
  const base = conditions(contexte, filtres, new Date(`${jour}T00:00:00Z`));
  const [compte] =
    contexte.acteur.role === "ADMIN" || contexte.acteur.role === "CHARGE_MISSION"
      ? // tout le département : un comptage par alerte, chacun sur l'index de sa date de bascule (au lieu
        // d'évaluer cinq conditions sur chacune des dizaines de milliers de lignes)
        await contexte.db.$queryRaw<(Record<Alerte, bigint> & { total: bigint })[]>`
          SELECT (SELECT count(*) FROM situation_personne s WHERE ${base}) AS total,
            ${Prisma.join(ALERTES.map((a) => Prisma.sql`(SELECT count(*) FROM situation_personne s WHERE ${base} AND ${conditionAlerte(a, jour)}) AS ${Prisma.raw(`"${a}"`)}`))}`
      : // un territoire ou une file active : un seul passage sur ses lignes (index du chemin ou du référent)
        await contexte.db.$queryRaw<(Record<Alerte, bigint> & { total: bigint })[]>`
          SELECT count(*) AS total,
            ${Prisma.join(ALERTES.map((a) => Prisma.sql`count(*) FILTER (WHERE ${conditionAlerte(a, jour)}) AS ${Prisma.raw(`"${a}"`)}`))}
          FROM situation_personne s WHERE ${base}`;
  return { ...(Object.fromEntries(ALERTES.map((a) => [a, Number(compte?.[a] ?? 0)])) as Record<Alerte, number>), total: Number(compte?.total ?? 0) };
}

/**
 * Version de la projection du département : l'instant de la dernière écriture (index situation_maj_idx,
 * une lecture d'index). Toute écriture qui change une situation (orientation, référent, contrat, droits,
 * import, reconstruction de nuit) la fait avancer.
 */
async function versionProjection(contexte: Contexte): Promise<string> {
  const [r] = await contexte.db.$queryRaw<{ v: Date | null }[]>`
    SELECT max(maj_le) AS v FROM situation_personne WHERE departement_id = ${contexte.acteur.departementId}`;
  return r?.v?.toISOString() ?? "vide";
}

/**
 * Compteurs des pages de listes, gardés en mémoire (lib/cache/memoire.ts) par version de la projection,
 * jour, acteur équivalent et filtres : au département et au pôle, compter les alertes coûte plus que la page
 * elle-même (6 comptages sur 70 000 lignes à l'échelle des Bouches-du-Rhône, 700 000 à 10×). Exact dès
 * qu'une écriture est validée ; seuls une suppression (purge de conservation) ou un import long validé
 * après un calcul plus récent peuvent laisser un compteur en retard, d'une minute au plus.
 */
export const compteursFileActiveEnMemoire = enMemoire("compteurs-file-active", versionProjection, compteursFileActive);

/**
 * File active (référent), personnes du territoire (responsable) ou du département (chargé de mission),
 * avec ce qu'il y a à faire : deux requêtes sur la projection (la page, et les compteurs par alerte).
 * Les noms et dates de naissance affichés sont des données personnelles : la consultation est journalisée.
 */
export async function fileActive(contexte: Contexte, filtres: FiltresFileActive, aujourdHui = new Date(), compter = compteursFileActive) {
  const jour = jourIso(aujourdHui);
  const { q, referent, commune, parcours } = filtres;
  const [lignes, compteurs] = await Promise.all([
    lignesFileActive(contexte, filtres, filtres.taille, (filtres.page - 1) * filtres.taille, aujourdHui),
    compter(contexte, { q, referent, commune, parcours }, jour),
  ]);
  const total = filtres.alerte ? compteurs[filtres.alerte] : compteurs.total;
  if (lignes.length) {
    await journaliser(contexte.db, contexte.acteur, {
      operation: "LECTURE",
      entite: "ListePersonnes",
      details: { filtres: { ...filtres }, personnes: lignes.map((l) => l.id) },
    });
  }
  const { total: _total, ...parAlerte } = compteurs;
  return { page: pageDe(lignes, total, filtres.page, filtres.taille), compteurs: parAlerte as Record<Alerte, number> };
}
