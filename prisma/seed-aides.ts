// Aides financières de démonstration, générées set-wise par PostgreSQL :
// - Orne 2019 : les aides FSI, FSL et FAJD reproduisent exactement le tableau publié de D4 (nombre et
//   somme, département et commission RSA d'Argentan ; les trois autres commissions se partagent le
//   reste au prorata de leurs ménages) ;
// - enveloppes 2019 et de l'année en cours (Orne : FSI, FSL, FAJD par commission ; CD13 : aides
//   individuelles par pôle) ;
// - CD13, année en cours : des aides individuelles liées aux contrats en cours, à tous les stades.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { CHIFFRES_AIDES_ORNE } from "./donnees/chiffres-orne";
import { MENAGES_PAR_COMMISSION } from "./donnees/population-orne";
import { repartir } from "./seed-orne";

const TYPES_FSL = ["FSL_ACCES", "FSL_MAINTIEN", "FSL_ENERGIE"];
const TYPES_AI = ["AI_REPAS", "AI_DEPLACEMENTS", "AI_HEBERGEMENT", "AI_GARDE", "AI_EQUIPEMENT", "AI_CONCOURS", "AI_SANTE", "AI_PERMIS"];

const publie = (fonds: string, indicateur: string, territoire?: string) =>
  CHIFFRES_AIDES_ORNE.find((c) => c.dimension === fonds && c.indicateur === indicateur && c.territoire === territoire)!.valeur;

/** Insère `nombre` aides versées dont la somme fait exactement `sommeCentimes` (écarts symétriques autour de la moyenne). */
async function insererAidesVersees(
  db: PrismaClient,
  p: { departementId: string; territoireId: string; chemin: string; fonds: string; types: string[]; nombre: number; sommeCentimes: number; annee: number; demandeurId: string; decideurId: string; cle: string; jeunes: boolean },
) {
  if (p.nombre <= 0) return;
  const base = Math.floor(p.sommeCentimes / p.nombre);
  const ecart = Math.floor(base / 5);
  // personnes du territoire (les jeunes de 18 à 25 ans pour le FAJD, s'il y en a), tirées en boucle
  await db.$executeRaw`
    WITH eligibles AS (
      SELECT p.id, row_number() OVER (ORDER BY md5(p.id || ${p.cle})) - 1 AS k
      FROM personne p JOIN foyer f ON f.id = p.foyer_id JOIN territoire t ON t.id = f.territoire_id
      WHERE f.departement_id = ${p.departementId} AND t.chemin LIKE ${`${p.chemin}%`} AND p.role <> 'PERSONNE_A_CHARGE'
        AND (NOT ${p.jeunes} OR p.date_naissance BETWEEN make_date(${p.annee} - 25, 1, 1) AND make_date(${p.annee} - 18, 12, 31)
             OR NOT EXISTS (SELECT 1 FROM personne p2 JOIN foyer f2 ON f2.id = p2.foyer_id JOIN territoire t2 ON t2.id = f2.territoire_id
                            WHERE t2.chemin LIKE ${`${p.chemin}%`} AND p2.role <> 'PERSONNE_A_CHARGE'
                              AND p2.date_naissance BETWEEN make_date(${p.annee} - 25, 1, 1) AND make_date(${p.annee} - 18, 12, 31)))
    ), n_eligibles AS (SELECT count(*)::int AS n FROM eligibles),
    montants AS (
      SELECT i, CASE WHEN i < ${p.nombre} THEN ${base} + ((i % 5) - 2) * ${ecart}
                     ELSE ${p.sommeCentimes} - (${p.nombre} - 1) * ${base} - (SELECT COALESCE(SUM(((j % 5) - 2) * ${ecart}), 0) FROM generate_series(1, ${p.nombre} - 1) j) END AS m
      FROM generate_series(1, ${p.nombre}) AS i
    )
    INSERT INTO demande_aide (id, departement_id, personne_id, territoire_id, fonds, type_aide, objet, montant_demande_centimes, date_demande, demandeur_id,
                              statut, date_instruction, date_decision, decideur_id, montant_accorde_centimes, date_versement, montant_verse_centimes)
    SELECT 'aide-' || ${p.cle} || '-' || i, ${p.departementId}, e.id, ${p.territoireId}, ${p.fonds}::fonds_aide,
           (${p.types}::text[])[1 + i % ${p.types.length}], 'Aide ' || ${p.annee}::text || ' (historique)', m, d, ${p.demandeurId},
           'VERSEE', d + 3, d + 10, ${p.decideurId}, m, d + 20, m
    FROM montants
    JOIN n_eligibles ON true
    JOIN eligibles e ON e.k = (i - 1) % n_eligibles.n
    CROSS JOIN LATERAL (SELECT make_date(${p.annee}, 1, 2) + ((i * 37) % 330) AS d) dd`;
}

export async function chargerAides(db: PrismaClient, ids: { cd13: string; orne: string }) {
  const anneeCourante = new Date().getUTCFullYear();
  const decideurOrne = await db.utilisateur.findUniqueOrThrow({ where: { courriel: "charge.mission@orne.demo" } });
  const commissions = await Promise.all(
    MENAGES_PAR_COMMISSION.map(async (c) => ({
      ...c,
      territoire: await db.territoire.findFirstOrThrow({ where: { departementId: ids.orne, code: c.commission }, select: { id: true, chemin: true } }),
      referent: await db.utilisateur.findUniqueOrThrow({ where: { courriel: `referent.${c.commission.replace("CRSA-", "").toLowerCase()}@orne.demo` } }),
    })),
  );
  const autres = commissions.filter((c) => c.commission !== "CRSA-ARGENTAN");
  let nombre = 0;
  for (const fonds of ["FSI", "FSL", "FAJD"] as const) {
    const nbDep = publie(fonds, "NOMBRE");
    const nbArg = publie(fonds, "NOMBRE", "CRSA-ARGENTAN");
    const sommeDep = Math.round(publie(fonds, "SOMME") * 100);
    const sommeArg = Math.round(publie(fonds, "SOMME", "CRSA-ARGENTAN") * 100);
    const poids = autres.map((c) => c.menages);
    const nombres = repartir(nbDep - nbArg, poids);
    const sommes = repartir(sommeDep - sommeArg, poids);
    const parts = [
      { c: commissions.find((c) => c.commission === "CRSA-ARGENTAN")!, nombre: nbArg, somme: sommeArg },
      ...autres.map((c, i) => ({ c, nombre: nombres[i]!, somme: sommes[i]! })),
    ];
    for (const { c, nombre: n, somme } of parts) {
      await insererAidesVersees(db, {
        departementId: ids.orne,
        territoireId: c.territoire.id,
        chemin: c.territoire.chemin,
        fonds,
        types: fonds === "FSL" ? TYPES_FSL : [fonds],
        nombre: n,
        sommeCentimes: somme,
        annee: 2019,
        demandeurId: c.referent.id,
        decideurId: decideurOrne.id,
        cle: `61-2019-${fonds}-${c.commission}`,
        jeunes: fonds === "FAJD",
      });
      nombre += n;
      // enveloppes : 2019 (consommée à 95 % environ) et l'année en cours (même niveau)
      const enveloppe = BigInt(Math.ceil(somme / 0.95 / 100_000) * 100_000);
      await db.enveloppeAide.createMany({
        data: [2019, anneeCourante].map((annee) => ({ departementId: ids.orne, territoireId: c.territoire.id, fonds, annee, montantCentimes: enveloppe })),
      });
    }
  }

  // CD13 : enveloppe d'aides individuelles par pôle, et des demandes à tous les stades sur les contrats en cours
  const poles = await db.territoire.findMany({ where: { departementId: ids.cd13, type: "POLE_INSERTION" }, select: { id: true, chemin: true } });
  await db.enveloppeAide.createMany({ data: poles.map((p) => ({ departementId: ids.cd13, territoireId: p.id, fonds: "AIDE_INDIVIDUELLE" as const, annee: anneeCourante, montantCentimes: 20_000_000n })) });
  const decideur13 = await db.utilisateur.findUniqueOrThrow({ where: { courriel: "charge.mission@cd13.demo" } });
  const ai = await db.$executeRaw`
    INSERT INTO demande_aide (id, departement_id, personne_id, territoire_id, contrat_id, fonds, type_aide, objet, montant_demande_centimes, date_demande, demandeur_id,
                              statut, date_instruction, date_decision, decideur_id, montant_accorde_centimes, motif_decision, date_versement, montant_verse_centimes)
    SELECT 'aide-13-' || c.id, ${ids.cd13}, c.personne_id, pole.id, c.id, 'AIDE_INDIVIDUELLE',
           (${TYPES_AI}::text[])[1 + x % 8], 'Aide liée au contrat d''engagement', m, d, c.referent_id,
           st::statut_aide,
           CASE WHEN st <> 'DEMANDEE' THEN d + 2 END,
           CASE WHEN st IN ('ACCORDEE', 'VERSEE', 'REFUSEE') THEN d + 8 END,
           CASE WHEN st IN ('ACCORDEE', 'VERSEE', 'REFUSEE') THEN ${decideur13.id} END,
           CASE WHEN st IN ('ACCORDEE', 'VERSEE') THEN m END,
           CASE WHEN st = 'REFUSEE' THEN 'Dépense sans lien avec les objectifs du contrat' END,
           CASE WHEN st = 'VERSEE' THEN d + 15 END,
           CASE WHEN st = 'VERSEE' THEN m END
    FROM contrat_engagement c
    JOIN personne p ON p.id = c.personne_id JOIN foyer f ON f.id = p.foyer_id JOIN territoire t ON t.id = f.territoire_id
    JOIN territoire pole ON pole.departement_id = ${ids.cd13} AND pole.type = 'POLE_INSERTION' AND t.chemin LIKE pole.chemin || '%'
    CROSS JOIN LATERAL (SELECT abs(('x' || substr(md5('aide' || c.id), 1, 8))::bit(32)::int) AS x) h
    CROSS JOIN LATERAL (SELECT (5000 + (x % 76) * 1000)::bigint AS m,
                               greatest(c.date_debut, make_date(${anneeCourante}, 1, 2)) + (x % 20) AS d0) mm
    CROSS JOIN LATERAL (SELECT least(d0, current_date - 25) AS d,
                               CASE WHEN x % 100 < 60 THEN 'VERSEE' WHEN x % 100 < 75 THEN 'ACCORDEE' WHEN x % 100 < 85 THEN 'EN_INSTRUCTION' WHEN x % 100 < 95 THEN 'DEMANDEE' ELSE 'REFUSEE' END AS st) s
    WHERE f.departement_id = ${ids.cd13} AND c.statut = 'EN_COURS' AND x % 100 < 6`;
  return { orne2019: nombre, cd13: ai };
}
