import "server-only";
import { cache } from "react";
import { TYPES_SORTIE_DYNAMIQUE } from "@/lib/conventions/domain/resultats";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Contexte } from "@/lib/contexte";
import { perimetreTerritoires } from "@/lib/authz/perimetre";
import { exigerPermission } from "@/lib/authz/permissions";
import { ErreurIntrouvable } from "@/lib/errors";
import { DELAI_CONTRAT_JOURS, DELAI_ORIENTATION_JOURS } from "@/lib/beneficiaires/domain/delais";
import { pyramide, taux, type CellulePyramide } from "../domain/indicateurs";
import type { FiltresTableau } from "./tableau-de-bord";
import {
  type Effectif,
  masquerEffectif,
  masquerPyramide,
  masquerRepartition,
  masquerTaux,
  regrouperSortiesSensibles,
  soumisAuSecret,
} from "../domain/secret-statistique";

/**
 * Les cartes du tableau de bord : chacune sa petite requête, pour être rendue en flux (`<Suspense>`)
 * dès qu'elle est prête. La portée (territoire demandé, dans le périmètre de l'acteur) est résolue une
 * fois ; toutes les cartes filtrent sur le sous-arbre de ce territoire. Aucune donnée personnelle :
 * seulement des comptes, des sommes et des taux.
 */
export interface Portee {
  departementId: string;
  titre: string;
  territoire: { id: string; nom: string; type: string; chemin: string } | null;
  annee: number;
}

async function resoudrePortee(contexte: Contexte, filtres: FiltresTableau): Promise<Portee> {
  const { acteur, db } = contexte;
  exigerPermission(acteur, "tableaux-de-bord:lire");
  const demande = filtres.territoire || (acteur.role === "RESPONSABLE_TERRITOIRE" ? acteur.territoireId : null);
  const [departement, territoire] = await Promise.all([
    db.departement.findUniqueOrThrow({ where: { id: acteur.departementId }, select: { nom: true } }),
    demande ? db.territoire.findFirst({ where: { AND: [{ id: demande }, perimetreTerritoires(acteur)] }, select: { id: true, nom: true, type: true, chemin: true } }) : null,
  ]);
  if (demande && !territoire) throw new ErreurIntrouvable("Territoire");
  // rôles agrégés : rien en dessous de la commune (un quartier isole trop peu de personnes)
  if (territoire && soumisAuSecret(acteur) && territoire.type === "QUARTIER") throw new ErreurIntrouvable("Territoire");
  if (!territoire && acteur.role === "RESPONSABLE_TERRITOIRE") throw new ErreurIntrouvable("Territoire");
  return { departementId: acteur.departementId, titre: territoire?.nom ?? departement.nom, territoire, annee: filtres.annee };
}

/** Portée du tableau (mémorisée le temps d'une requête : les cartes la partagent). */
export const porteeTableau = cache(resoudrePortee);

/** La même portée, l'année précédente (« Comparer avec l'année précédente »). */
export function porteePrecedente(p: Portee): Portee {
  return { ...p, annee: p.annee - 1 };
}

/** Communes (et arrondissements, quartiers) du territoire : filtre commun à toutes les cartes. */
function dansTerritoire(p: Portee, colonne: Prisma.Sql): Prisma.Sql {
  return p.territoire
    ? Prisma.sql`${colonne} IN (SELECT id FROM territoire WHERE chemin LIKE ${`${p.territoire.chemin}%`})`
    : Prisma.sql`${colonne} IN (SELECT id FROM territoire WHERE departement_id = ${p.departementId})`;
}
/** Les types de sortie « dynamique » (TYPES_SORTIE_DYNAMIQUE), en liste SQL : une seule définition. */
export const SORTIES_DYNAMIQUES_SQL = Prisma.join(TYPES_SORTIE_DYNAMIQUE.map((t) => Prisma.sql`${t}`));

const bornes = (p: Portee) => ({ debut: `${p.annee}-01-01`, fin: `${p.annee}-12-31` });

/** Population, contrats (vue matérialisée mv_population_cartes, jeu CONTRATS). */
export async function carteContrats({ acteur, db }: Contexte, p: Portee) {
  const [c] = await db.$queryRaw<{ allocataires: number; personnes: number; sous_contrat: number; quinze_heures: number; exemptions: number }[]>`
    SELECT coalesce(sum(n) FILTER (WHERE d1 = 'DEMANDEUR'), 0)::int AS allocataires, coalesce(sum(n), 0)::int AS personnes,
           coalesce(sum(sous_contrat), 0)::int AS sous_contrat, coalesce(sum(quinze_heures), 0)::int AS quinze_heures,
           coalesce(sum(exemptions), 0)::int AS exemptions
    FROM mv_population_cartes WHERE jeu = 'CONTRATS' AND ${dansTerritoire(p, Prisma.sql`territoire_id`)}`;
  const brut = {
    population: { allocataires: c!.allocataires as Effectif, personnes: c!.personnes as Effectif },
    contrats: { sousContrat: c!.sous_contrat as Effectif, tauxContractualisation: taux(c!.sous_contrat, c!.personnes), partQuinzeHeures: taux(c!.quinze_heures, c!.sous_contrat), exemptions: c!.exemptions as Effectif },
  };
  if (!soumisAuSecret(acteur)) return brut;
  return {
    population: { allocataires: masquerEffectif(c!.allocataires), personnes: masquerEffectif(c!.personnes) },
    contrats: {
      sousContrat: masquerEffectif(c!.sous_contrat),
      tauxContractualisation: masquerTaux(brut.contrats.tauxContractualisation, masquerEffectif(c!.personnes)),
      partQuinzeHeures: masquerTaux(brut.contrats.partQuinzeHeures, masquerEffectif(c!.sous_contrat)),
      exemptions: masquerEffectif(c!.exemptions),
    },
  };
}

/** Pyramide des âges (mv_population_cartes, jeu AGE). */
export async function cartePyramide({ acteur, db }: Contexte, p: Portee) {
  const cellules = await db.$queryRaw<{ tranche: string; sexe: "F" | "M"; n: number; somme_ages: number }[]>`
    SELECT d2 AS tranche, d1 AS sexe, sum(n)::int AS n, sum(somme_ages)::float8 AS somme_ages FROM mv_population_cartes
    WHERE jeu = 'AGE' AND ${dansTerritoire(p, Prisma.sql`territoire_id`)} GROUP BY 1, 2`;
  const brut = pyramide(cellules.map((x): CellulePyramide => ({ tranche: x.tranche, sexe: x.sexe, n: x.n, sommeAges: x.somme_ages })));
  if (!soumisAuSecret(acteur)) return brut;
  const total = masquerEffectif(brut.total);
  return {
    ...brut,
    lignes: masquerPyramide(brut.lignes),
    hommes: masquerEffectif(brut.hommes),
    femmes: masquerEffectif(brut.femmes),
    total,
    ageMoyen: total === null ? null : brut.ageMoyen,
    part45EtPlus: masquerTaux(brut.part45EtPlus, total),
  };
}

/** Situation familiale (foyers), niveau de formation, ancienneté (foyers) : une requête, trois jeux. */
export async function carteRepartitions({ acteur, db }: Contexte, p: Portee) {
  const lignes = await db.$queryRaw<{ jeu: string; modalite: string; n: number }[]>`
    SELECT jeu, d1 AS modalite, sum(n)::int AS n FROM mv_population_cartes
    WHERE jeu IN ('SITUATION', 'NIVEAU', 'ANCIENNETE') AND ${dansTerritoire(p, Prisma.sql`territoire_id`)} GROUP BY 1, 2`;
  const secret = soumisAuSecret(acteur);
  const jeu = (j: string) => {
    const r = lignes.filter((l) => l.jeu === j).map(({ modalite, n }) => ({ modalite, n: n as Effectif }));
    return secret ? masquerRepartition(r) : r;
  };
  return {
    situations: jeu("SITUATION").sort((a, b) => (b.n ?? 0) - (a.n ?? 0)),
    niveaux: jeu("NIVEAU").sort((a, b) => (a.modalite < b.modalite ? -1 : a.modalite > b.modalite ? 1 : 0)),
    anciennetes: jeu("ANCIENNETE"),
  };
}

/** Ouvertures de droits par mois de l'année (foyers). */
export async function carteEntrees({ acteur, db }: Contexte, p: Portee) {
  const { debut, fin } = bornes(p);
  const parMois = await db.$queryRaw<{ mois: number; n: number }[]>`
    SELECT extract(month FROM date_ouverture_droits)::int AS mois, count(*)::int AS n FROM foyer
    WHERE departement_id = ${p.departementId} AND ${dansTerritoire(p, Prisma.sql`territoire_id`)} AND date_ouverture_droits BETWEEN ${debut}::date AND ${fin}::date GROUP BY 1 ORDER BY 1`;
  const total = parMois.reduce((s, e) => s + e.n, 0);
  const moyenneMensuelle = parMois.length ? total / parMois.length : null;
  if (!soumisAuSecret(acteur)) return { parMois: parMois as { mois: number; n: Effectif }[], total: total as Effectif, moyenneMensuelle };
  const totalMasque = masquerEffectif(total);
  return { parMois: masquerRepartition(parMois), total: totalMasque, moyenneMensuelle: totalMasque === null ? null : moyenneMensuelle };
}

/** Délais d'orientation et de premier contrat des entrants de l'année (projection situation_personne). */
export async function carteDelais({ acteur, db }: Contexte, p: Portee) {
  const { debut, fin } = bornes(p);
  const [d] = await db.$queryRaw<{ entrants: number; orientes_15: number; contrat_30: number }[]>`
    SELECT count(*)::int AS entrants,
           count(*) FILTER (WHERE s.premiere_orientation - s.date_ouverture <= ${DELAI_ORIENTATION_JOURS}::int)::int AS orientes_15,
           count(*) FILTER (WHERE s.premier_contrat - s.date_ouverture <= ${DELAI_CONTRAT_JOURS}::int)::int AS contrat_30
    FROM situation_personne s
    WHERE s.role = 'DEMANDEUR' AND s.departement_id = ${p.departementId} AND ${dansTerritoire(p, Prisma.sql`s.territoire_id`)}
      AND s.date_ouverture BETWEEN ${debut}::date AND ${fin}::date`;
  const brut = { entrants: d!.entrants as Effectif, partOrientes15: taux(d!.orientes_15, d!.entrants), partContrat30: taux(d!.contrat_30, d!.entrants) };
  if (!soumisAuSecret(acteur)) return brut;
  const entrants = masquerEffectif(d!.entrants);
  return { entrants, partOrientes15: masquerTaux(brut.partOrientes15, entrants), partContrat30: masquerTaux(brut.partContrat30, entrants) };
}

/**
 * Offre d'insertion ouverte sur le territoire (une action couvre le territoire, un de ses ancêtres ou un de
 * ses descendants) : capacité, participants en cours, liste d'attente, sortants de l'année et de la
 * précédente, dont sorties dynamiques (à comparer à l'objectif conventionné de 50 %).
 */
export async function carteOffre({ acteur, db }: Contexte, p: Portee) {
  const { debut, fin } = bornes(p);
  const { debut: debutPrec, fin: finPrec } = bornes(porteePrecedente(p));
  const chemin = p.territoire?.chemin ?? "";
  const offre = await db.$queryRaw<{ id: string; code: string; intitule: string; capacite: number | null; unite: string | null; participants: number; attente: number; sorties: number; dynamiques: number; sorties_prec: number }[]>`
    SELECT a.id, a.code, a.intitule, a.capacite, a.unite_capacite::text AS unite, a.participants_en_cours AS participants, a.liste_attente AS attente,
           coalesce(s.sorties, 0) AS sorties, coalesce(s.dynamiques, 0) AS dynamiques, coalesce(s.sorties_prec, 0) AS sorties_prec
    FROM action_insertion a
    LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE pr.date_sortie BETWEEN ${debut}::date AND ${fin}::date)::int AS sorties,
             count(*) FILTER (WHERE pr.date_sortie BETWEEN ${debut}::date AND ${fin}::date AND pr.statut = 'SORTIE'
                                AND pr.type_sortie IN (${SORTIES_DYNAMIQUES_SQL}))::int AS dynamiques,
             count(*) FILTER (WHERE pr.date_sortie BETWEEN ${debutPrec}::date AND ${finPrec}::date)::int AS sorties_prec
      FROM prescription pr WHERE pr.action_id = a.id AND pr.statut IN ('SORTIE', 'ABANDON') AND pr.date_sortie BETWEEN ${debutPrec}::date AND ${fin}::date) s ON true
    WHERE a.departement_id = ${p.departementId} AND NOT a.suspendue AND (a.date_fin IS NULL OR a.date_fin >= ${debut}::date)
      AND (a.date_debut IS NULL OR a.date_debut <= ${fin}::date)
      AND (${p.territoire === null} OR a.tout_departement OR EXISTS (
        SELECT 1 FROM action_territoire at JOIN territoire t ON t.id = at.territoire_id
        WHERE at.action_id = a.id AND territoires_se_recouvrent(${chemin}, t.chemin)))
    ORDER BY a.code, a.intitule LIMIT 200`;
  const secret = soumisAuSecret(acteur);
  return offre.map((o) => {
    const sorties = secret ? masquerEffectif(o.sorties) : (o.sorties as Effectif);
    return {
      ...o,
      capacite: o.capacite === null ? null : Number(o.capacite),
      sorties,
      sortiesPrecedente: secret ? masquerEffectif(o.sorties_prec) : (o.sorties_prec as Effectif),
      partDynamiques: secret ? masquerTaux(taux(o.dynamiques, o.sorties), sorties) : taux(o.dynamiques, o.sorties),
    };
  });
}

/** Sorties d'actions de l'année par type. */
export async function carteSorties({ acteur, db }: Contexte, p: Portee) {
  const { debut, fin } = bornes(p);
  const sorties = await db.$queryRaw<{ type: string; n: number }[]>`
    SELECT x.type, count(*)::int AS n FROM (
      -- les sorties de l'année d'abord (quelques milliers), puis le territoire de chacune par la clé de la
      -- projection : bien moins de lectures que de parcourir foyers et personnes du territoire
      SELECT coalesce(pr.type_sortie, CASE WHEN pr.statut = 'ABANDON' THEN 'ABANDON' END) AS type,
             (SELECT s.territoire_id FROM situation_personne s WHERE s.personne_id = pr.personne_id) AS territoire_id
      FROM prescription pr
      WHERE pr.statut IN ('SORTIE', 'ABANDON') AND pr.date_sortie BETWEEN ${debut}::date AND ${fin}::date) x
    WHERE ${dansTerritoire(p, Prisma.sql`x.territoire_id`)}
    GROUP BY 1 ORDER BY 2 DESC`;
  return soumisAuSecret(acteur) ? regrouperSortiesSensibles(sorties) : (sorties as { type: string; n: Effectif }[]);
}

/** Chiffres publiés dans la fiche du territoire. */
export async function carteReferences({ db }: Contexte, p: Portee) {
  return p.territoire ? db.statistiqueReference.findMany({ where: { territoireId: p.territoire.id }, orderBy: { indicateur: "asc" } }) : [];
}

// une lecture par requête (React cache) : l'en-tête de la page et la clé des cartes en mémoire la partagent
const lireRafraichissement = cache(async (db: Contexte["db"]) => {
  const r = await db.$queryRaw<{ rafraichi_le: Date; duree_ms: number }[]>`SELECT rafraichi_le, duree_ms FROM rafraichissement_indicateurs WHERE vue = 'mv_population'`;
  return r[0] ?? null;
});

/** Date et durée du dernier calcul des agrégats. */
export async function dernierRafraichissement({ db }: Contexte) {
  return lireRafraichissement(db);
}
