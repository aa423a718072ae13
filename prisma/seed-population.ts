// Population synthétique des Bouches-du-Rhône à l'échelle réelle (~72 000 demandeurs et conjoints),
// générée par PostgreSQL (generate_series) de façon déterministe (md5 de clés fixes, aucun hasard) :
// pour chaque pôle, le nombre d'allocataires (foyers) et le tableau âge × sexe de D2 sont reproduits
// exactement. Profil « test » : 1/50e de l'échelle (mêmes proportions, arrondies).
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { AGES_TRANCHES, DATE_REFERENCE_POPULATION, POPULATION_CD13, TRANCHES } from "./donnees/population-cd13";

const PRENOMS_F = ["Amina", "Sophie", "Nadia", "Camille", "Fatima", "Julie", "Sarah", "Leïla", "Marie", "Inès", "Chloé", "Yasmina", "Laura", "Aïcha", "Emma", "Karima", "Lucie", "Samia", "Élodie", "Myriam"];
const PRENOMS_M = ["Karim", "Thomas", "Mehdi", "Nicolas", "Youssef", "Julien", "Sofiane", "Pierre", "Rachid", "Antoine", "Bilal", "Lucas", "Hakim", "Maxime", "Nabil", "Florian", "Samir", "Hugo", "Mourad", "Kevin"];
const NOMS = ["Martin", "Bernard", "Benali", "Petit", "Durand", "Haddad", "Moreau", "Laurent", "Mansouri", "Garcia", "Roux", "Bouzid", "Fournier", "Girard", "Lopez", "Mercier", "Cherif", "Blanc", "Guerin", "Rossi", "Faure", "Ziani", "Andre", "Nicolas", "Morel"];

export type ProfilPopulation = "complet" | "test";

export async function genererPopulationCd13(db: PrismaClient, departementId: string, profil: ProfilPopulation, journal: (m: string) => void = () => {}) {
  const echelle = profil === "complet" ? 1 : 1 / 50;
  const reduire = (n: number) => (echelle === 1 ? n : Math.round(n * echelle));
  let personnes = 0;
  let foyers = 0;
  for (const [indexPole, p] of POPULATION_CD13.entries()) {
    const t0 = performance.now();
    const pole = await db.territoire.findFirstOrThrow({ where: { departementId, code: p.pole }, select: { id: true, chemin: true } });
    const communes = (
      await db.territoire.findMany({ where: { departementId, parentId: pole.id, type: { in: ["COMMUNE", "ARRONDISSEMENT"] } }, orderBy: { ordre: "asc" }, select: { id: true } })
    ).map((c) => c.id);
    const cellules = p.ageSexe.flatMap(([h, f], i) => [
      { tranche: TRANCHES[i]!, sexe: "M", nb: reduire(h), amin: AGES_TRANCHES[i]![0], amax: AGES_TRANCHES[i]![1] },
      { tranche: TRANCHES[i]!, sexe: "F", nb: reduire(f), amin: AGES_TRANCHES[i]![0], amax: AGES_TRANCHES[i]![1] },
    ]);
    const total = cellules.reduce((s, c) => s + c.nb, 0);
    const arsa = Math.min(reduire(p.arsa), total);
    const conjoints = total - arsa;
    const prefixe = `13-${indexPole + 1}`;

    await db.$transaction(async (tx) => {
      // foyers : les `conjoints` premiers sont des couples, les autres des personnes seules ou familles monoparentales
      await tx.$executeRaw`
        INSERT INTO foyer (id, departement_id, numero_allocataire, organisme, territoire_id, date_ouverture_droits, soumis_droits_devoirs, etat_droit, situation_familiale)
        SELECT 'f' || ${prefixe} || '-' || n, ${departementId}, '13' || lpad(${indexPole + 1}::text, 2, '0') || lpad(n::text, 6, '0'),
               CASE WHEN h % 40 = 0 THEN 'MSA' ELSE 'CAF' END,
               (${communes}::text[])[1 + (h % ${communes.length})],
               date '2026-11-01' - (CASE WHEN h % 100 < 42 THEN 1826 + h % 2557 WHEN h % 100 < 62 THEN 730 + h % 1096 WHEN h % 100 < 82 THEN 365 + h % 365 ELSE h % 365 END),
               true, 'OUVERT',
               CASE WHEN n <= ${conjoints} THEN (CASE WHEN h % 100 < 60 THEN 'COUPLE_AVEC_ENFANTS' ELSE 'COUPLE_SANS_ENFANT' END)
                    ELSE (CASE WHEN h % 100 < 68 THEN 'SEUL_SANS_ENFANT' ELSE 'MONOPARENTAL' END) END
        FROM (SELECT n, abs(('x' || substr(md5('foyer' || ${prefixe} || n), 1, 8))::bit(32)::int) AS h FROM generate_series(1, ${arsa}) AS n) g`;

      const valeurs = Prisma.join(cellules.map((c) => Prisma.sql`(${c.tranche}, ${c.sexe}, ${c.nb}::int, ${c.amin}::int, ${c.amax}::int)`));
      await tx.$executeRaw`
        WITH gens AS (
          SELECT c.sexe, c.amin, c.amax, md5(${prefixe} || c.tranche || c.sexe || i) AS h
          FROM (VALUES ${valeurs}) AS c(tranche, sexe, nb, amin, amax), generate_series(1, c.nb) AS i
        ), rangs AS (
          SELECT *, row_number() OVER (ORDER BY h) AS r,
                 abs(('x' || substr(h, 1, 8))::bit(32)::int) AS x1,
                 abs(('x' || substr(h, 9, 8))::bit(32)::int) AS x2,
                 abs(('x' || substr(h, 17, 8))::bit(32)::int) AS x3
          FROM gens
        )
        INSERT INTO personne (id, foyer_id, role, nom, prenom, sexe, date_naissance, nir_masque, nir_empreinte, niveau_formation)
        SELECT 'p' || ${prefixe} || '-' || r,
               'f' || ${prefixe} || '-' || CASE WHEN r <= ${arsa} THEN r ELSE r - ${arsa} END,
               (CASE WHEN r <= ${arsa} THEN 'DEMANDEUR' ELSE 'CONJOINT' END)::role_foyer,
               (${NOMS}::text[])[1 + x1 % ${NOMS.length}],
               CASE WHEN sexe = 'F' THEN (${PRENOMS_F}::text[])[1 + x2 % ${PRENOMS_F.length}] ELSE (${PRENOMS_M}::text[])[1 + x2 % ${PRENOMS_M.length}] END,
               sexe::sexe,
               naissance,
               (CASE WHEN sexe = 'F' THEN '2' ELSE '1' END) || ' ' || to_char(naissance, 'YY') || ' ** ** *** *** ' || lpad((x3 % 97 + 1)::text, 2, '0'),
               md5('nir' || h),
               CASE WHEN x3 % 100 < 45 THEN 'AUCUN' WHEN x3 % 100 < 75 THEN 'NIVEAU_3' WHEN x3 % 100 < 90 THEN 'NIVEAU_4' WHEN x3 % 100 < 96 THEN 'NIVEAU_5' ELSE 'NIVEAU_6_PLUS' END
        FROM (SELECT *, (${DATE_REFERENCE_POPULATION}::date - make_interval(years => amin + x2 % (amax - amin + 1)) - (x1 % 365) * interval '1 day')::date AS naissance FROM rangs) g`;
    }, { timeout: 120_000 });
    // orientation de 95 % des personnes, dans les 3 à 40 jours suivant l'ouverture des droits
    await db.$executeRaw`
      INSERT INTO periode_orientation (id, personne_id, parcours, date_debut)
      SELECT 'o' || p.id, p.id,
             CASE WHEN x % 100 < 45 THEN 'PROFESSIONNEL' WHEN x % 100 < 80 THEN 'SOCIO_PROFESSIONNEL' ELSE 'SOCIAL' END,
             f.date_ouverture_droits + (3 + x % 38)
      FROM personne p JOIN foyer f ON f.id = p.foyer_id,
           LATERAL (SELECT abs(('x' || substr(md5('orientation' || p.id), 1, 8))::bit(32)::int) AS x) h
      WHERE f.id LIKE ${`f${prefixe}-%`} AND x % 100 < 95`;
    // contrats en cours pour la part contractualisée du pôle (taux de D2), signés après l'orientation
    const historique = await db.utilisateur.upsert({
      where: { courriel: `historique.${p.pole.toLowerCase()}@cd13.demo` },
      update: {},
      create: { departementId, courriel: `historique.${p.pole.toLowerCase()}@cd13.demo`, nom: `${p.pole.replace("POLE-", "Pôle ")} (historique)`, prenom: "Référents", role: "REFERENT", actif: false, territoireId: pole.id },
    });
    await db.$executeRaw`
      INSERT INTO contrat_engagement (id, personne_id, referent_id, statut, date_debut, date_fin, date_signature, date_validation, updated_at)
      SELECT 'c' || p.id, p.id, ${historique.id}, 'EN_COURS', d, d + 364, d, d + 7, now()
      FROM personne p JOIN foyer f ON f.id = p.foyer_id JOIN periode_orientation o ON o.personne_id = p.id,
           LATERAL (SELECT abs(('x' || substr(md5('contrat' || p.id), 1, 8))::bit(32)::int) AS x) h,
           LATERAL (SELECT greatest(o.date_debut + 10 + x % 20, date '2026-11-22' - 300 + x % 280) AS d) dd
      WHERE f.id LIKE ${`f${prefixe}-%`} AND (x % 10000) < ${Math.round(p.tauxContractualisation * 100)}`;
    await db.$executeRaw`
      INSERT INTO objectif_contrat (id, contrat_id, libelle, frein, ordre)
      SELECT 'oc' || c.id, c.id, CASE WHEN o.parcours = 'SOCIAL' THEN 'Lever les freins à l''insertion' ELSE 'Accéder à un emploi' END, NULL, 0
      FROM contrat_engagement c JOIN periode_orientation o ON o.personne_id = c.personne_id WHERE c.id LIKE ${`cp${prefixe}-%`}`;
    await db.$executeRaw`
      INSERT INTO activite_contrat (id, objectif_id, libelle, categorie, mode, heures_hebdo, ordre)
      SELECT 'a' || oc.id, oc.id, 'Démarches et accompagnement', 'PROFESSIONNELLE', 'ACCOMPAGNEE', 15 + (abs(('x' || substr(md5(oc.id), 1, 8))::bit(32)::int) % 6), 0
      FROM objectif_contrat oc WHERE oc.id LIKE ${`occp${prefixe}-%`}`;
    personnes += total;
    foyers += arsa;
    journal(`${p.pole} : ${arsa} foyers, ${total} demandeurs et conjoints (${Math.round(performance.now() - t0)} ms)`);
  }
  return { personnes, foyers };
}
