import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Contexte } from "@/lib/contexte";
import { decalage, pageDe, TAILLE_PAGE, type PageDe } from "@/lib/pagination";
import { requetePleinTexte } from "../domain/recherche";
import type { Mode, Nature, Unite, Visee } from "../domain/libelles";
import type { FiltresCatalogue } from "../schemas";
import { catalogueLimiteAuTerritoire, territoireDuFiltre, type TerritoireFiltre } from "./territoire-filtre";

export interface ActionTrouvee {
  id: string;
  code: string;
  intitule: string;
  porteur: string | null;
  programme: string | null;
  visee: Visee;
  freins: string[];
  publics: string[];
  objectifs: string;
  secteurGeographique: string | null;
  toutDepartement: boolean;
  capacite: number | null;
  uniteCapacite: Unite | null;
  participantsEnCours: number;
  listeAttente: number;
  modeIntervention: Mode | null;
  nature: Nature | null;
  suspendue: boolean;
  dateDebut: Date | null;
  dateFin: Date | null;
  territoires: string;
  rang: number;
}

const ORDRES: Record<FiltresCatalogue["tri"], Prisma.Sql> = {
  pertinence: Prisma.sql`rang DESC, a.intitule ASC`,
  intitule: Prisma.sql`a.intitule ASC`,
  code: Prisma.sql`string_to_array(a.code, '.')::text[] ASC, a.intitule ASC`,
  porteur: Prisma.sql`s.nom ASC NULLS LAST, a.intitule ASC`,
  // places restantes décroissantes ; capacité non comparable en dernier
  places: Prisma.sql`CASE WHEN a.capacite IS NULL OR a.unite_capacite = 'ETP' THEN NULL ELSE a.capacite - a.participants_en_cours END DESC NULLS LAST, a.intitule ASC`,
  fin: Prisma.sql`a.date_fin DESC NULLS LAST, a.intitule ASC`,
};

/**
 * Recherche dans le catalogue du département de l'acteur : plein texte français insensible aux accents
 * (tsvector pondéré), filtres, tri et pagination dans PostgreSQL. Une action rattachée à un territoire
 * parent (ou à tout le département) apparaît pour ses territoires enfants, et inversement une action
 * d'une commune apparaît quand on filtre sur son pôle. Un rôle de territoire (responsable, référent)
 * cherche dans son territoire (voir territoire-filtre.ts) : « tout le département » ne lui est pas offert.
 */
export async function rechercherActions(
  { acteur, db }: Contexte,
  filtres: FiltresCatalogue,
  options: { toutesLesLignes?: boolean; limite?: number; aujourdHui?: Date } = {},
): Promise<PageDe<ActionTrouvee> & TerritoireFiltre> {
  const aujourdHui = (options.aujourdHui ?? new Date()).toISOString().slice(0, 10);
  const texte = requetePleinTexte(filtres.q);
  const conditions: Prisma.Sql[] = [Prisma.sql`a.departement_id = ${acteur.departementId}`];

  if (texte) conditions.push(Prisma.sql`a.recherche @@ to_tsquery('francais_sans_accents', ${texte})`);
  if (!filtres.suspendues) conditions.push(Prisma.sql`NOT a.suspendue`);
  if (filtres.frein) conditions.push(Prisma.sql`a.freins @> ARRAY[${filtres.frein}]::text[]`);
  if (filtres.public) conditions.push(Prisma.sql`a.publics @> ARRAY[${filtres.public}]::text[]`);
  if (filtres.porteur) conditions.push(Prisma.sql`a.structure_id = ${filtres.porteur}`);
  if (filtres.programme) conditions.push(Prisma.sql`a.programme_id = ${filtres.programme}`);
  if (filtres.visee) conditions.push(Prisma.sql`a.visee = ${filtres.visee}::visee_action`);
  if (filtres.places) {
    // même règle que domain/occupation.ts (accueillePossible)
    conditions.push(
      Prisma.sql`NOT a.suspendue AND (a.date_fin IS NULL OR a.date_fin >= ${aujourdHui}::date)
        AND (a.capacite IS NULL OR a.unite_capacite IS NULL OR a.unite_capacite = 'ETP' OR a.participants_en_cours < floor(a.capacite))`,
    );
  }
  // territoire retenu : celui demandé s'il est à la portée de l'acteur ; un rôle de territoire reste dans le sien
  const filtre = await territoireDuFiltre({ acteur, db }, filtres.territoire);
  const territoire = filtre.territoire;
  if (!territoire && catalogueLimiteAuTerritoire(acteur)) return { ...pageDe<ActionTrouvee>([], 0, filtres.page), ...filtre };
  if (territoire) {
    conditions.push(Prisma.sql`(a.tout_departement OR EXISTS (
      SELECT 1 FROM action_territoire at JOIN territoire t ON t.id = at.territoire_id
      WHERE at.action_id = a.id AND territoires_se_recouvrent(${territoire.chemin}, t.chemin)))`);
  }

  const rang = texte ? Prisma.sql`ts_rank_cd(a.recherche, to_tsquery('francais_sans_accents', ${texte}), 1)` : Prisma.sql`0`;
  const tri = filtres.tri === "pertinence" && !texte ? ORDRES.code : ORDRES[filtres.tri];
  const taille = options.toutesLesLignes ? (options.limite ?? 10_000) : TAILLE_PAGE;
  const { skip } = options.toutesLesLignes ? { skip: 0 } : decalage(filtres.page);

  const lignes = await db.$queryRaw<(Omit<ActionTrouvee, "rang"> & { rang: number; total: bigint })[]>`
    SELECT a.id, a.code, a.intitule, s.nom AS porteur, p.intitule AS programme, a.visee::text AS visee, a.freins, a.publics,
           a.objectifs, a.secteur_geographique AS "secteurGeographique", a.tout_departement AS "toutDepartement",
           a.capacite, a.unite_capacite::text AS "uniteCapacite", a.participants_en_cours AS "participantsEnCours",
           a.liste_attente AS "listeAttente", a.mode_intervention::text AS "modeIntervention", a.nature::text AS nature,
           a.suspendue, a.date_debut AS "dateDebut", a.date_fin AS "dateFin",
           CASE WHEN a.tout_departement THEN 'Tout le département' ELSE (
             SELECT string_agg(t.nom, ', ' ORDER BY t.ordre) FROM action_territoire at JOIN territoire t ON t.id = at.territoire_id WHERE at.action_id = a.id
           ) END AS territoires,
           ${rang}::float8 AS rang,
           count(*) OVER () AS total
    FROM action_insertion a
    LEFT JOIN structure s ON s.id = a.structure_id
    LEFT JOIN programme p ON p.id = a.programme_id
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${tri}, a.id
    LIMIT ${taille} OFFSET ${skip}`;

  const total = lignes[0] ? Number(lignes[0].total) : 0;
  return {
    ...pageDe(
      lignes.map(({ total: _total, ...l }) => ({ ...l, territoires: l.territoires ?? "" })),
      total,
      options.toutesLesLignes ? 1 : filtres.page,
      taille,
    ),
    ...filtre,
  };
}
