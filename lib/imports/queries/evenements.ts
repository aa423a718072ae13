import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Contexte } from "@/lib/contexte";
import { exigerPermission } from "@/lib/authz/permissions";
import { masquerEffectif, soumisAuSecret, type Effectif } from "@/lib/tableaux-de-bord/domain/secret-statistique";

export const LIBELLES_EVENEMENT: Record<string, string> = {
  ENTRANT: "Entrée dans le RSA",
  SORTANT: "Fin de droit (sortie du RSA)",
  SUSPENSION: "Droit suspendu",
  REPRISE: "Reprise du versement",
  DEMENAGEMENT: "Déménagement",
  CHANGEMENT_TERRITOIRE: "Changement de territoire",
  ARRIVEE_MEMBRE: "Arrivée d'un membre du foyer",
  DEPART_MEMBRE: "Départ du foyer",
};

export interface EvenementATraiter {
  personneId: string;
  nom: string;
  prenom: string;
  type: string;
  date: Date;
  territoireAvant: string | null;
  territoireApres: string | null;
  contratRompu: boolean;
}

/**
 * « À faire » venu des flux : personnes du périmètre dont le foyer est sorti du RSA, a vu son droit
 * suspendu, a changé de territoire (l'ancienne et la nouvelle équipe sont prévenues) ou que la personne
 * a quitté, sur les `jours` derniers jours. Référent : ses personnes suivies ; responsable : son territoire ;
 * administrateur et chargé de mission : le département.
 */
export async function evenementsATraiter({ acteur, db }: Contexte, jours = 60, limite = 100): Promise<{ lignes: EvenementATraiter[]; total: number }> {
  exigerPermission(acteur, "beneficiaires:lire");
  let perimetre: Prisma.Sql;
  switch (acteur.role) {
    case "REFERENT":
      perimetre = Prisma.sql`EXISTS (SELECT 1 FROM periode_referent pr WHERE pr.personne_id = p.id AND pr.referent_id = ${acteur.id} AND pr.date_fin IS NULL)`;
      break;
    case "RESPONSABLE_TERRITOIRE":
      if (!acteur.cheminTerritoire) return { lignes: [], total: 0 };
      perimetre = Prisma.sql`(ta.chemin LIKE ${`${acteur.cheminTerritoire}%`} OR tv.chemin LIKE ${`${acteur.cheminTerritoire}%`})`;
      break;
    case "ADMIN":
    case "CHARGE_MISSION":
      perimetre = Prisma.sql`true`;
      break;
    default:
      return { lignes: [], total: 0 };
  }
  const lignes = await db.$queryRaw<(EvenementATraiter & { total: number })[]>`
    SELECT p.id AS "personneId", p.nom, p.prenom, e.type, e.date, tv.nom AS "territoireAvant", ta.nom AS "territoireApres",
           EXISTS (SELECT 1 FROM contrat_engagement c WHERE c.personne_id = p.id AND c.statut = 'ROMPU' AND c.motif_rupture LIKE 'Fin de droit RSA%') AS "contratRompu",
           count(*) OVER ()::int AS total
    FROM evenement_foyer e
    JOIN personne p ON (e.personne_id = p.id) OR (e.personne_id IS NULL AND p.foyer_id = e.foyer_id AND p.role <> 'PERSONNE_A_CHARGE')
    LEFT JOIN territoire ta ON ta.id = e.territoire_apres_id
    LEFT JOIN territoire tv ON tv.id = e.territoire_avant_id
    WHERE e.departement_id = ${acteur.departementId}
      AND e.type IN ('SORTANT', 'SUSPENSION', 'CHANGEMENT_TERRITOIRE', 'DEPART_MEMBRE')
      AND e.date >= current_date - ${jours}::int
      AND ${perimetre}
    ORDER BY e.date DESC, e.id DESC
    LIMIT ${limite}`;
  return { lignes: lignes.map(({ total: _total, ...l }) => l), total: lignes[0]?.total ?? 0 };
}

/**
 * Entrées et sorties du RSA par mois, calculées sur les événements des flux (territoire ou département) :
 * entrants, sortants, suspensions, et arrivées / départs du territoire par changement de territoire.
 */
export async function fluxParMois({ acteur, db }: Contexte, cheminTerritoire: string | null, annee: number) {
  exigerPermission(acteur, "tableaux-de-bord:lire");
  const dans = (colonne: Prisma.Sql) =>
    cheminTerritoire
      ? Prisma.sql`${colonne} IN (SELECT id FROM territoire WHERE chemin LIKE ${`${cheminTerritoire}%`})`
      : Prisma.sql`${colonne} IN (SELECT id FROM territoire WHERE departement_id = ${acteur.departementId})`;
  const lignes = await db.$queryRaw<{ mois: number; entrants: number; sortants: number; suspensions: number; arrivees: number; departs: number }[]>`
    SELECT extract(month FROM e.date)::int AS mois,
           count(*) FILTER (WHERE e.type = 'ENTRANT' AND ${dans(Prisma.sql`e.territoire_apres_id`)})::int AS entrants,
           count(*) FILTER (WHERE e.type = 'SORTANT' AND ${dans(Prisma.sql`e.territoire_apres_id`)})::int AS sortants,
           count(*) FILTER (WHERE e.type = 'SUSPENSION' AND ${dans(Prisma.sql`e.territoire_apres_id`)})::int AS suspensions,
           count(*) FILTER (WHERE e.type = 'CHANGEMENT_TERRITOIRE' AND ${dans(Prisma.sql`e.territoire_apres_id`)} AND NOT ${dans(Prisma.sql`e.territoire_avant_id`)})::int AS arrivees,
           count(*) FILTER (WHERE e.type = 'CHANGEMENT_TERRITOIRE' AND ${dans(Prisma.sql`e.territoire_avant_id`)} AND NOT ${dans(Prisma.sql`e.territoire_apres_id`)})::int AS departs
    FROM evenement_foyer e
    WHERE e.departement_id = ${acteur.departementId} AND e.date BETWEEN make_date(${annee}::int, 1, 1) AND make_date(${annee}::int, 12, 31)
    GROUP BY 1 ORDER BY 1`;
  const total = (cle: "entrants" | "sortants" | "suspensions" | "arrivees" | "departs") => lignes.reduce((s, l) => s + l[cle], 0);
  // lecteur (agrégats seulement) : un effectif de moins de 11 foyers n'est pas montré (secret statistique)
  const m = (v: number): Effectif => (soumisAuSecret(acteur) ? masquerEffectif(v) : v);
  return {
    parMois: lignes.map((l) => ({ mois: l.mois, entrants: m(l.entrants), sortants: m(l.sortants), suspensions: m(l.suspensions), arrivees: m(l.arrivees), departs: m(l.departs) })),
    totaux: { entrants: m(total("entrants")), sortants: m(total("sortants")), suspensions: m(total("suspensions")), arrivees: m(total("arrivees")), departs: m(total("departs")) },
  };
}
