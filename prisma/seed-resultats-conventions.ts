// Résultats des conventions des Bouches-du-Rhône : les parcours (prescriptions entrées puis sorties) sur
// l'action de chaque convention, dans la période de la convention, générés set-wise par PostgreSQL.
// - Bilans publiés (D0, ARES) : les prescriptions les reproduisent exactement (participants, sorties par
//   type ; les personnes non sorties d'un bilan intermédiaire sont encore en accompagnement à sa date).
// - Conventions qui ont un montant et un volume mais aucun bilan dans les documents (FJT, Boost emploi,
//   HEDA, ARES 2018-2019) : autant de parcours que le volume conventionné, sortis selon l'objectif
//   conventionné (OBJECTIF_SORTIES_DYNAMIQUES : 20 % emploi durable, 15 % transition, 15 % sortie positive),
//   10 % d'abandons, le reste en orientations ; puis un bilan final validé CALCULÉ sur ces prescriptions
//   (participants, sorties par type, indicateur des personnes accompagnées), pour que coût par parcours et
//   coût par sortie positive soient renseignés et cohérents partout.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { OBJECTIF_SORTIES_DYNAMIQUES } from "@/lib/conventions/domain/resultats";

/** Bilans publiés reproduits (D0 L54-84) : convention (objet), sorties par type. */
const BILANS_PUBLIES: { objet: string; periodeFin: string; participants: number; sorties: [string, number][] }[] = [
  { objet: "Action « espace d'accompagnement » 2016-2017", periodeFin: "2017-09-30", participants: 61, sorties: [["EMPLOI_DURABLE", 2], ["EMPLOI_TRANSITION", 3], ["SORTIE_POSITIVE", 3], ["ORIENTATION_SANTE", 34], ["ORIENTATION_SOCIALE", 19]] },
  { objet: "Action « espace d'accompagnement » 2017-2018", periodeFin: "2018-04-30", participants: 51, sorties: [["SORTIE_POSITIVE", 2], ["EMPLOI_TRANSITION", 1], ["EMPLOI_DURABLE", 2]] },
];

/** Marque des bilans calculés par la démonstration (retrouvés par les tests). */
export const APPRECIATION_BILAN_SYNTHETIQUE = "Bilan calculé sur les parcours enregistrés (données de démonstration).";

export async function chargerResultatsConventions(db: PrismaClient, departementId: string) {
  const prescripteur = await db.utilisateur.findFirstOrThrow({ where: { departementId, courriel: "historique.pole-i@cd13.demo" } });
  let parcours = 0;
  // candidats : demandeurs et conjoints résidant sur les territoires de l'action (tout le département sinon)
  const candidats = (conventionId: string) => `
    SELECT pe.id, row_number() OVER (ORDER BY md5(pe.id || '${conventionId}')) AS k
    FROM personne pe JOIN foyer f ON f.id = pe.foyer_id
    WHERE f.departement_id = '${departementId}' AND pe.role <> 'PERSONNE_A_CHARGE'
      AND (NOT EXISTS (SELECT 1 FROM action_territoire at WHERE at.action_id = (SELECT action_id FROM convention_action WHERE convention_id = '${conventionId}' ORDER BY action_id LIMIT 1))
           OR f.territoire_id IN (SELECT t.id FROM action_territoire at JOIN territoire ta ON ta.id = at.territoire_id JOIN territoire t ON t.chemin LIKE ta.chemin || '%'
                                  WHERE at.action_id = (SELECT action_id FROM convention_action WHERE convention_id = '${conventionId}' ORDER BY action_id LIMIT 1)))`;

  for (const b of BILANS_PUBLIES) {
    const c = await db.convention.findFirstOrThrow({ where: { departementId, objet: b.objet }, include: { actions: true } });
    const bornes: number[] = [];
    let cumul = 0;
    for (const [, n] of b.sorties) bornes.push((cumul += n));
    const types = b.sorties.map(([t]) => t);
    // rang i : sorties par type dans l'ordre publié ; les personnes encore accompagnées à la fin de la période
    // du bilan sortent ensuite, avant la fin de la convention (« autre sortie »)
    parcours += await db.$executeRawUnsafe(
      `WITH gens AS (${candidats(c.id)}), n AS (SELECT count(*)::int AS n FROM gens)
       INSERT INTO prescription (id, personne_id, action_id, prescripteur_id, statut, date_proposition, date_reponse, date_entree, date_sortie, type_sortie)
       SELECT 'pc-' || $1 || '-' || i, g.id, $2, $3, 'SORTIE'::statut_prescription,
              entree - 14, entree - 7, entree,
              CASE WHEN i <= $4 THEN least(entree + 60 + (i * 17) % 200, $5::date)
                   ELSE least($5::date + 1 + (i * 5) % 150, $10::date) END,
              CASE WHEN i <= $4 THEN ($6::text[])[(SELECT count(*) FROM unnest($7::int[]) AS borne WHERE borne < i) + 1] ELSE 'AUTRE' END
       FROM generate_series(1, $8::int) AS i JOIN n ON true JOIN gens g ON g.k = 1 + (i - 1) % n.n
       CROSS JOIN LATERAL (SELECT $9::date + ((i * 7) % 120) AS entree) e`,
      c.id, c.actions[0]!.actionId, prescripteur.id, cumul, b.periodeFin, types, bornes, b.participants, c.dateDebut, c.dateFin,
    );
  }

  const sansBilan = await db.convention.findMany({
    where: { departementId, montantInitialCentimes: { not: null }, volume: { not: null }, bilans: { none: {} }, actions: { some: {} } },
    include: { actions: { orderBy: { actionId: "asc" }, take: 1 } },
  });
  const o = OBJECTIF_SORTIES_DYNAMIQUES;
  for (const c of sansBilan) {
    const n = Math.round(c.volume!);
    const d = Math.round(n * o.EMPLOI_DURABLE);
    const t = Math.round(n * o.EMPLOI_TRANSITION);
    const p = Math.round(n * o.SORTIE_POSITIVE);
    const abandons = Math.round(n * 0.1);
    // rang i : emploi durable, transition, sortie positive, abandons, puis orientations et autres sorties
    parcours += await db.$executeRawUnsafe(
      `WITH gens AS (${candidats(c.id)}), n AS (SELECT count(*)::int AS n FROM gens)
       INSERT INTO prescription (id, personne_id, action_id, prescripteur_id, statut, date_proposition, date_reponse, date_entree, date_sortie, type_sortie, motif_abandon)
       SELECT 'pc-' || $1 || '-' || i, g.id, $2, $3,
              (CASE WHEN i > $4 AND i <= $5 THEN 'ABANDON' ELSE 'SORTIE' END)::statut_prescription,
              entree - 14, entree - 7, entree, least(entree + 45 + (i * 13) % 150, $6::date),
              CASE WHEN i <= $7 THEN 'EMPLOI_DURABLE' WHEN i <= $8 THEN 'EMPLOI_TRANSITION' WHEN i <= $4 THEN 'SORTIE_POSITIVE' WHEN i <= $5 THEN NULL
                   WHEN i % 3 = 0 THEN 'ORIENTATION_SANTE' WHEN i % 3 = 1 THEN 'ORIENTATION_SOCIALE' ELSE 'AUTRE' END,
              CASE WHEN i > $4 AND i <= $5 THEN 'Abandon en cours d''action' END
       FROM generate_series(1, $9::int) AS i JOIN n ON true JOIN gens g ON g.k = 1 + (i - 1) % n.n
       CROSS JOIN LATERAL (SELECT $10::date + ((i * 11) % greatest(1, least(240, ($6::date - $10::date) - 60))) AS entree) e`,
      c.id, c.actions[0]!.actionId, prescripteur.id, d + t + p, d + t + p + abandons, c.dateFin, d, d + t, n, c.dateDebut,
    );
    // le bilan final validé est calculé sur ces prescriptions : il ne peut pas s'en écarter
    const bilanId = `bilan-synth-${c.id}`;
    await db.$executeRaw`
      INSERT INTO bilan (id, convention_id, type, periode_debut, periode_fin, participants, appreciation, statut, soumis_le, decide_le)
      SELECT ${bilanId}, ${c.id}, 'FINAL', ${c.dateDebut}::date, ${c.dateFin}::date, count(*)::int, ${APPRECIATION_BILAN_SYNTHETIQUE}, 'VALIDE', ${c.dateFin}::date + 30, ${c.dateFin}::date + 45
      FROM prescription pr JOIN convention_action ca ON ca.action_id = pr.action_id AND ca.convention_id = ${c.id}
      WHERE pr.date_entree BETWEEN ${c.dateDebut}::date AND ${c.dateFin}::date`;
    await db.$executeRaw`
      INSERT INTO bilan_sortie (id, bilan_id, type_sortie, nombre)
      SELECT ${bilanId} || '-' || pr.type_sortie, ${bilanId}, pr.type_sortie, count(*)::int
      FROM prescription pr JOIN convention_action ca ON ca.action_id = pr.action_id AND ca.convention_id = ${c.id}
      WHERE pr.statut = 'SORTIE' AND pr.date_entree BETWEEN ${c.dateDebut}::date AND ${c.dateFin}::date GROUP BY pr.type_sortie`;
    // indicateur des personnes accompagnées (« jeunes accompagnés », « BRSA accompagnés », « parcours »)
    await db.$executeRaw`
      INSERT INTO bilan_indicateur (bilan_id, indicateur_id, valeur)
      SELECT ${bilanId}, i.id, b.participants FROM indicateur i JOIN bilan b ON b.id = ${bilanId}
      WHERE i.convention_id = ${c.id} AND (i.nom ILIKE '%accompagn%' OR i.unite = 'parcours')`;
  }
  return { parcours, bilans: sansBilan.length };
}
