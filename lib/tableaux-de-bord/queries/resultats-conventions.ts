import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Contexte } from "@/lib/contexte";
import { OBJECTIF_SORTIES_DYNAMIQUES } from "@/lib/conventions/domain/resultats";
import { taux } from "../domain/indicateurs";
import { masquerEffectif, masquerTaux, soumisAuSecret, type Effectif } from "../domain/secret-statistique";
import { SORTIES_DYNAMIQUES_SQL, type Portee } from "./cartes";

export interface ResultatConvention {
  id: string;
  objet: string;
  actions: string | null;
  dateDebut: Date;
  dateFin: Date;
  montant: number | null;
  /** part du montant imputée au territoire, au prorata des parcours de ses habitants (le montant pour le département) */
  montantImpute: number | null;
  volume: number | null;
  parcours: Effectif;
  sortants: Effectif;
  durable: Effectif;
  transition: Effectif;
  positive: Effectif;
  abandons: Effectif;
  partDynamiques: number | null;
  objectifDynamiques: number;
  coutParParcours: number | null;
  coutParSortiePositive: number | null;
  /** bilans finaux ou annuels validés : ce que la structure a déclaré (département seulement) */
  participantsBilan: number | null;
  dynamiquesBilan: number | null;
}

type Brut = {
  id: string; objet: string; actions: string | null; date_debut: Date; date_fin: Date; montant: bigint | null; montant_impute: bigint | null; volume: number | null;
  parcours: number; sortants: number; durable: number; transition: number; positive: number; abandons: number;
  cout_parcours: bigint | null; cout_sortie_positive: bigint | null; participants_bilan: number | null; dynamiques_bilan: number | null;
};

/**
 * Les conventions qui ont un montant, avec leurs parcours (sur un territoire : ceux de ses habitants) et le
 * montant imputé : une seule définition, lue par le tableau par convention et par la comparaison d'une année
 * à l'autre.
 */
function conventionsImputees(p: Portee): Prisma.Sql {
  const dynamiques = SORTIES_DYNAMIQUES_SQL;
  const ici = p.territoire
    ? Prisma.sql`f.territoire_id IN (SELECT id FROM territoire WHERE chemin LIKE ${`${p.territoire.chemin}%`})`
    : Prisma.sql`true`;
  return Prisma.sql`
    WITH conv AS (
      SELECT c.id, c.objet, c.date_debut, c.date_fin, montant_courant_convention(c.id) AS montant, c.volume,
             (SELECT string_agg(a.code, ', ' ORDER BY a.code) FROM convention_action ca JOIN action_insertion a ON a.id = ca.action_id WHERE ca.convention_id = c.id) AS actions
      FROM convention c
      WHERE c.departement_id = ${p.departementId} AND c.montant_initial_centimes IS NOT NULL
    ), parcours AS (
      SELECT ca.convention_id,
             count(*)::int AS total,
             count(*) FILTER (WHERE ${ici})::int AS parcours,
             count(*) FILTER (WHERE ${ici} AND pr.statut IN ('SORTIE', 'ABANDON'))::int AS sortants,
             count(*) FILTER (WHERE ${ici} AND pr.statut = 'SORTIE' AND pr.type_sortie = 'EMPLOI_DURABLE')::int AS durable,
             count(*) FILTER (WHERE ${ici} AND pr.statut = 'SORTIE' AND pr.type_sortie = 'EMPLOI_TRANSITION')::int AS transition,
             count(*) FILTER (WHERE ${ici} AND pr.statut = 'SORTIE' AND pr.type_sortie = 'SORTIE_POSITIVE')::int AS positive,
             count(*) FILTER (WHERE ${ici} AND pr.statut = 'ABANDON')::int AS abandons
      FROM conv JOIN convention_action ca ON ca.convention_id = conv.id
      JOIN prescription pr ON pr.action_id = ca.action_id AND pr.date_entree BETWEEN conv.date_debut AND conv.date_fin
      JOIN personne pe ON pe.id = pr.personne_id JOIN foyer f ON f.id = pe.foyer_id
      GROUP BY ca.convention_id
    ), bilans AS (
      SELECT b.convention_id, sum(b.participants)::int AS participants,
             sum((SELECT coalesce(sum(s.nombre), 0) FROM bilan_sortie s WHERE s.bilan_id = b.id AND s.type_sortie IN (${dynamiques})))::int AS dynamiques
      FROM bilan b WHERE b.statut = 'VALIDE' AND b.type IN ('FINAL', 'ANNUEL') GROUP BY b.convention_id
    ), imputes AS (
      SELECT conv.*, coalesce(pa.parcours, 0) AS parcours, coalesce(pa.sortants, 0) AS sortants, coalesce(pa.durable, 0) AS durable,
             coalesce(pa.transition, 0) AS transition, coalesce(pa.positive, 0) AS positive, coalesce(pa.abandons, 0) AS abandons,
             CASE WHEN ${p.territoire === null} THEN conv.montant WHEN pa.total > 0 THEN round(conv.montant::numeric * pa.parcours / pa.total)::bigint END AS montant_impute,
             bi.participants AS participants_bilan, bi.dynamiques AS dynamiques_bilan
      FROM conv LEFT JOIN parcours pa ON pa.convention_id = conv.id LEFT JOIN bilans bi ON bi.convention_id = conv.id
    )`;
}

/**
 * Résultats des conventions qui ont un montant : parcours réalisés sur leurs actions pendant leur période
 * (prescriptions entrées), sortants par type face à l'objectif de sorties dynamiques, coût par parcours et
 * par sortie positive (montant ÷ parcours, montant ÷ sorties dynamiques), calculés en SQL. Sur un territoire,
 * seuls comptent les parcours de ses habitants, et le montant est imputé au prorata de ces parcours.
 */
export async function resultatsConventions({ acteur, db }: Contexte, p: Portee): Promise<ResultatConvention[]> {
  const lignes = await db.$queryRaw<Brut[]>`
    ${conventionsImputees(p)}
    SELECT id, objet, actions, date_debut, date_fin, montant, montant_impute, volume, parcours, sortants, durable, transition, positive, abandons,
           round(montant_impute::numeric / nullif(parcours, 0))::bigint AS cout_parcours,
           round(montant_impute::numeric / nullif(durable + transition + positive, 0))::bigint AS cout_sortie_positive,
           participants_bilan, dynamiques_bilan
    FROM imputes
    WHERE ${p.territoire === null} OR parcours > 0
    ORDER BY date_debut DESC, objet`;
  const secret = soumisAuSecret(acteur);
  const n = (v: number): Effectif => (secret ? masquerEffectif(v) : v);
  return lignes.map((l) => {
    const parcours = n(l.parcours);
    const sortants = n(l.sortants);
    const dyn = l.durable + l.transition + l.positive;
    const masque = secret && (parcours === null || n(dyn) === null);
    return {
      id: l.id,
      objet: l.objet,
      actions: l.actions,
      dateDebut: l.date_debut,
      dateFin: l.date_fin,
      montant: l.montant === null ? null : Number(l.montant),
      montantImpute: l.montant_impute === null ? null : Number(l.montant_impute),
      volume: l.volume,
      parcours,
      sortants,
      durable: n(l.durable),
      transition: n(l.transition),
      positive: n(l.positive),
      abandons: n(l.abandons),
      partDynamiques: secret ? masquerTaux(taux(dyn, l.sortants), sortants) : taux(dyn, l.sortants),
      objectifDynamiques: OBJECTIF_SORTIES_DYNAMIQUES.total,
      coutParParcours: parcours === null || l.cout_parcours === null ? null : Number(l.cout_parcours),
      coutParSortiePositive: masque || l.cout_sortie_positive === null ? null : Number(l.cout_sortie_positive),
      participantsBilan: p.territoire ? null : l.participants_bilan,
      dynamiquesBilan: p.territoire ? null : l.dynamiques_bilan,
    };
  });
}

/** Conventions d'une année (période commencée cette année-là), réunies. */
export interface ResultatsAnnee {
  annee: number;
  conventions: number;
  montant: number;
  parcours: Effectif;
  sortants: Effectif;
  dynamiques: Effectif;
  coutParParcours: number | null;
  coutParSortiePositive: number | null;
}

/**
 * « Comparer avec l'année précédente » : les conventions dont la période commence l'année N, puis N-1,
 * réunies (nombre, montant imputé, parcours, sorties dynamiques ; coût par parcours et par sortie positive =
 * montant des conventions qui ont des parcours ÷ leurs parcours, ÷ leurs sorties dynamiques, comme la
 * comparaison des territoires). Une requête,
 * sur la même définition que le tableau par convention.
 */
export async function resultatsConventionsParAnnee({ acteur, db }: Contexte, p: Portee): Promise<{ annee: ResultatsAnnee; precedente: ResultatsAnnee }> {
  const lignes = await db.$queryRaw<{ annee: number; conventions: number; montant: bigint; parcours: number; sortants: number; dynamiques: number; cout_parcours: bigint | null; cout_sortie_positive: bigint | null }[]>`
    ${conventionsImputees(p)}
    SELECT a.annee, count(i.id)::int AS conventions, coalesce(sum(i.montant_impute), 0)::bigint AS montant,
           coalesce(sum(i.parcours), 0)::int AS parcours, coalesce(sum(i.sortants), 0)::int AS sortants,
           coalesce(sum(i.durable + i.transition + i.positive), 0)::int AS dynamiques,
           round(sum(i.montant_impute) FILTER (WHERE i.parcours > 0)::numeric / nullif(sum(i.parcours), 0))::bigint AS cout_parcours,
           round(sum(i.montant_impute) FILTER (WHERE i.parcours > 0)::numeric / nullif(sum(i.durable + i.transition + i.positive), 0))::bigint AS cout_sortie_positive
    FROM (VALUES (${p.annee}::int), (${p.annee - 1}::int)) AS a(annee)
    LEFT JOIN imputes i ON extract(year FROM i.date_debut)::int = a.annee AND (${p.territoire === null} OR i.parcours > 0)
    GROUP BY a.annee`;
  const secret = soumisAuSecret(acteur);
  const n = (v: number): Effectif => (secret ? masquerEffectif(v) : v);
  const annee = (a: number): ResultatsAnnee => {
    const l = lignes.find((x) => x.annee === a)!;
    const parcours = n(l.parcours);
    const dynamiques = n(l.dynamiques);
    return {
      annee: a,
      conventions: l.conventions,
      montant: Number(l.montant),
      parcours,
      sortants: n(l.sortants),
      dynamiques,
      coutParParcours: parcours === null || l.cout_parcours === null ? null : Number(l.cout_parcours),
      coutParSortiePositive: parcours === null || dynamiques === null || l.cout_sortie_positive === null ? null : Number(l.cout_sortie_positive),
    };
  };
  return { annee: annee(p.annee), precedente: annee(p.annee - 1) };
}
