// Orne : population synthétique (ménages par commission RSA, personnes couvertes, profil publié) générée
// set-wise par PostgreSQL, de façon déterministe (md5 de clés fixes). Profil « test » : 1/50e.
// Les foyers déjà chargés (file active d'Argentan) sont comptés dans le total de leur commission.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ProfilPopulation } from "./seed-population";
import {
  DATE_REFERENCE_ORNE,
  MENAGES_PAR_COMMISSION,
  PART_COUPLES_AVEC_ENFANTS,
  PART_MONOPARENTAUX,
  PART_PLUS_36_MOIS,
  PART_SEULS,
  PERSONNES_COUVERTES_ORNE,
  MENAGES_ORNE,
} from "./donnees/population-orne";

const PRENOMS_F = ["Claire", "Nathalie", "Sandrine", "Aurélie", "Céline", "Isabelle", "Émilie", "Stéphanie", "Laetitia", "Manon", "Virginie", "Sabrina"];
const PRENOMS_M = ["Louis", "Jérôme", "Patrick", "Didier", "Fabrice", "Sébastien", "Mickaël", "Anthony", "Romain", "Cédric", "Ludovic", "Dylan"];
const NOMS = ["Lebrun", "Hamel", "Lecomte", "Vautier", "Marie", "Leroy", "Guillaume", "Lemonnier", "Duval", "Hébert", "Lefèvre", "Jouenne", "Lecoq", "Brière", "Le Goff", "Tessier"];

/** Répartit `total` en parts entières proportionnelles à `poids`, la dernière absorbant l'arrondi. */
export function repartir(total: number, poids: number[]): number[] {
  const somme = poids.reduce((s, p) => s + p, 0);
  const parts = poids.map((p) => Math.floor((total * p) / somme));
  parts[parts.length - 1]! += total - parts.reduce((s, p) => s + p, 0);
  return parts;
}

export async function genererPopulationOrne(db: PrismaClient, departementId: string, profil: ProfilPopulation) {
  const echelle = profil === "complet" ? 1 : 1 / 50;
  const cibleMenages = Math.round(MENAGES_ORNE * echelle);
  const ciblePersonnes = Math.round(PERSONNES_COUVERTES_ORNE * echelle);
  const menages = repartir(cibleMenages, MENAGES_PAR_COMMISSION.map((c) => c.menages));
  let foyers = 0;
  // foyers déjà chargés (file active d'Argentan) : comptés dans leur commission ; si une commission en a
  // plus que sa part (profil réduit), l'excédent est retiré de la plus grande, pour garder le total publié
  const commissions = await Promise.all(
    MENAGES_PAR_COMMISSION.map(async (c) => {
      const t = await db.territoire.findFirstOrThrow({ where: { departementId, code: c.commission }, select: { id: true, chemin: true } });
      return { t, existants: await db.foyer.count({ where: { departementId, territoire: { chemin: { startsWith: t.chemin } } } }) };
    }),
  );
  const aCreer = commissions.map((c, i) => Math.max(0, menages[i]! - c.existants));
  const excedent = commissions.reduce((s, c, i) => s + Math.max(0, c.existants - menages[i]!), 0);
  const plusGrande = aCreer.indexOf(Math.max(...aCreer));
  aCreer[plusGrande] = Math.max(0, aCreer[plusGrande]! - excedent);
  for (const [i, { t: commission }] of commissions.entries()) {
    const communes = (await db.territoire.findMany({ where: { departementId, chemin: { startsWith: commission.chemin }, type: { in: ["COMMUNE", "ARRONDISSEMENT"] } }, orderBy: { ordre: "asc" }, select: { id: true } })).map((t) => t.id);
    const nb = aCreer[i]!;
    const prefixe = `61-${i + 1}`;
    // situation familiale par rang (h % 100) : seuls, monoparentaux, couples avec enfants, couples sans enfant
    await db.$executeRaw`
      INSERT INTO foyer (id, departement_id, numero_allocataire, organisme, territoire_id, date_ouverture_droits, soumis_droits_devoirs, etat_droit, situation_familiale)
      SELECT 'f' || ${prefixe} || '-' || n, ${departementId}, '61' || ${i + 1}::text || lpad(n::text, 6, '0'),
             CASE WHEN h % 25 = 0 THEN 'MSA' ELSE 'CAF' END,
             (${communes}::text[])[1 + (h % ${communes.length})],
             ${DATE_REFERENCE_ORNE}::date - (CASE WHEN (h / 7) % 100 < ${PART_PLUS_36_MOIS} THEN 1097 + h % 3000 ELSE 30 + h % 1060 END),
             true, 'OUVERT',
             CASE WHEN h % 100 < ${PART_SEULS} THEN 'SEUL_SANS_ENFANT'
                  WHEN h % 100 < ${PART_SEULS + PART_MONOPARENTAUX} THEN 'MONOPARENTAL'
                  WHEN h % 100 < ${PART_SEULS + PART_MONOPARENTAUX + PART_COUPLES_AVEC_ENFANTS} THEN 'COUPLE_AVEC_ENFANTS'
                  ELSE 'COUPLE_SANS_ENFANT' END
      FROM (SELECT n, abs(('x' || substr(md5('foyer' || ${prefixe} || n), 1, 8))::bit(32)::int) AS h FROM generate_series(1, ${nb}) AS n) g`;
    foyers += nb;
  }
  // adultes : le demandeur de chaque foyer, un conjoint pour les couples ; femmes ≈ 53 % des adultes
  await db.$executeRaw`
    INSERT INTO personne (id, foyer_id, role, nom, prenom, sexe, date_naissance, nir_masque, nir_empreinte, niveau_formation)
    SELECT 'p' || substr(f.id, 2) || '-' || r.rang, f.id, r.role::role_foyer,
           (${NOMS}::text[])[1 + x1 % ${NOMS.length}],
           CASE WHEN s = 'F' THEN (${PRENOMS_F}::text[])[1 + x2 % ${PRENOMS_F.length}] ELSE (${PRENOMS_M}::text[])[1 + x2 % ${PRENOMS_M.length}] END,
           s::sexe, naissance,
           (CASE WHEN s = 'F' THEN '2' ELSE '1' END) || ' ' || to_char(naissance, 'YY') || ' ** ** *** *** ' || lpad((x3 % 97 + 1)::text, 2, '0'),
           md5('nir' || f.id || r.rang),
           CASE WHEN x3 % 100 < 50 THEN 'AUCUN' WHEN x3 % 100 < 82 THEN 'NIVEAU_3' WHEN x3 % 100 < 94 THEN 'NIVEAU_4' ELSE 'NIVEAU_5' END
    FROM foyer f
    CROSS JOIN LATERAL (VALUES (1, 'DEMANDEUR'), (2, 'CONJOINT')) AS r(rang, role)
    CROSS JOIN LATERAL (SELECT abs(('x' || substr(md5(f.id || r.rang), 1, 8))::bit(32)::int) AS x1,
                               abs(('x' || substr(md5(f.id || r.rang), 9, 8))::bit(32)::int) AS x2,
                               abs(('x' || substr(md5(f.id || r.rang), 17, 8))::bit(32)::int) AS x3) h
    CROSS JOIN LATERAL (SELECT CASE
        WHEN f.situation_familiale LIKE 'COUPLE%' THEN (CASE WHEN r.rang = 1 THEN 'M' ELSE 'F' END)
        WHEN f.situation_familiale = 'MONOPARENTAL' THEN (CASE WHEN x2 % 10 < 9 THEN 'F' ELSE 'M' END)
        ELSE (CASE WHEN x2 % 100 < 36 THEN 'F' ELSE 'M' END) END AS s) sx
    CROSS JOIN LATERAL (SELECT (${DATE_REFERENCE_ORNE}::date - make_interval(years => CASE
        WHEN x1 % 1000 < 85 THEN 18 + x3 % 8 WHEN x1 % 1000 < 380 THEN 26 + x3 % 10 ELSE 36 + x3 % 29 END) - (x2 % 365) * interval '1 day')::date AS naissance) a
    WHERE f.id LIKE 'f61-%' AND (r.rang = 1 OR f.situation_familiale LIKE 'COUPLE%')`;
  // personnes à charge : complètent le total des personnes couvertes, réparties sur les familles
  const [compte] = await db.$queryRaw<{ adultes: number; familles: number }[]>`
    SELECT (SELECT count(*)::int FROM personne p JOIN foyer f ON f.id = p.foyer_id WHERE f.departement_id = ${departementId}) AS adultes,
           (SELECT count(*)::int FROM foyer WHERE id LIKE 'f61-%' AND situation_familiale IN ('MONOPARENTAL', 'COUPLE_AVEC_ENFANTS')) AS familles`;
  const { adultes, familles } = compte!;
  const enfants = Math.max(0, ciblePersonnes - adultes);
  if (familles > 0 && enfants > 0) {
    await db.$executeRaw`
      WITH fam AS (SELECT id, row_number() OVER (ORDER BY md5(id)) - 1 AS k FROM foyer WHERE id LIKE 'f61-%' AND situation_familiale IN ('MONOPARENTAL', 'COUPLE_AVEC_ENFANTS'))
      INSERT INTO personne (id, foyer_id, role, nom, prenom, sexe, date_naissance)
      SELECT 'e' || substr(fam.id, 2) || '-' || e, fam.id, 'PERSONNE_A_CHARGE', (${NOMS}::text[])[1 + abs(('x' || substr(md5(fam.id), 1, 8))::bit(32)::int) % ${NOMS.length}],
             CASE WHEN e % 2 = 0 THEN 'Léa' ELSE 'Tom' END, (CASE WHEN e % 2 = 0 THEN 'F' ELSE 'M' END)::sexe,
             ${DATE_REFERENCE_ORNE}::date - (365 * (1 + (e * 5 + fam.k) % 16))::int
      FROM generate_series(0, ${enfants - 1}) AS e JOIN fam ON fam.k = e % ${familles}`;
  }
  // orientation de 90 % des adultes ; contrat en cours pour 60 % des orientés (aucun taux publié pour l'Orne)
  await db.$executeRaw`
    INSERT INTO periode_orientation (id, personne_id, parcours, date_debut)
    SELECT 'o' || p.id, p.id, CASE WHEN x % 100 < 35 THEN 'PROFESSIONNEL' WHEN x % 100 < 70 THEN 'SOCIO_PROFESSIONNEL' ELSE 'SOCIAL' END, f.date_ouverture_droits + (5 + x % 40)
    FROM personne p JOIN foyer f ON f.id = p.foyer_id, LATERAL (SELECT abs(('x' || substr(md5('orientation' || p.id), 1, 8))::bit(32)::int) AS x) h
    WHERE f.id LIKE 'f61-%' AND p.role <> 'PERSONNE_A_CHARGE' AND x % 100 < 90`;
  for (const c of MENAGES_PAR_COMMISSION) {
    const commission = await db.territoire.findFirstOrThrow({ where: { departementId, code: c.commission }, select: { id: true, chemin: true } });
    const courriel = `historique.${c.commission.toLowerCase()}@orne.demo`;
    const historique = await db.utilisateur.upsert({
      where: { courriel },
      update: {},
      create: { departementId, courriel, nom: `${c.commission.replace("CRSA-", "CRSA ")} (historique)`, prenom: "Référents", role: "REFERENT", actif: false, territoireId: commission.id },
    });
    await db.$executeRaw`
      INSERT INTO contrat_engagement (id, personne_id, referent_id, statut, date_debut, date_fin, date_signature, date_validation, updated_at)
      SELECT 'c' || p.id, p.id, ${historique.id}, 'EN_COURS', d, d + 364, d, d + 7, now()
      FROM personne p JOIN foyer f ON f.id = p.foyer_id JOIN territoire t ON t.id = f.territoire_id JOIN periode_orientation o ON o.personne_id = p.id,
           LATERAL (SELECT abs(('x' || substr(md5('contrat' || p.id), 1, 8))::bit(32)::int) AS x) h,
           LATERAL (SELECT greatest(o.date_debut + 10 + x % 20, current_date - 300 + x % 280) AS d) dd
      WHERE f.id LIKE 'f61-%' AND t.chemin LIKE ${`${commission.chemin}%`} AND x % 100 < 60`;
  }
  return { foyers, personnes: ciblePersonnes };
}
