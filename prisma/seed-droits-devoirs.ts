// Droits et devoirs : paramètres par département, sessions des équipes pluridisciplinaires (CD13 : une par
// pôle et une départementale, chaque mois) et des commissions RSA (Orne), et un historique synthétique de
// situations examinées et de décisions sur douze mois, généré par PostgreSQL (ensembliste, déterministe :
// md5 de clés fixes). Volume CD13 : environ 11 000 situations par an (D2 L1816-1825), proportionnel aux
// allocataires de chaque pôle ; profil « test » : la population étant réduite au 1/50e, l'historique aussi.
// Ajoute enfin, pour la démonstration, des rendez-vous dans les files actives et deux sessions à venir.
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Situations examinées par an rapportées aux demandeurs : 11 000 / 62 303 foyers (CD13, 2023). */
const TAUX_EXAMEN = 11_000 / 62_303;

export async function chargerDroitsDevoirs(db: PrismaClient) {
  const t0 = performance.now();
  await db.$executeRaw`
    INSERT INTO parametres_droits_devoirs (departement_id, delai_contrat_apres_orientation, delai_renouvellement, seuil_absences, fenetre_absences, delai_observations)
    SELECT id, CASE code WHEN '61' THEN 45 ELSE 60 END, 30, 2, 180, 30 FROM departement
    ON CONFLICT (departement_id) DO NOTHING`;

  // sessions passées : le 15 de chacun des 13 derniers mois, 14 h (heure de Paris ≈ 13 h UTC)
  await db.$executeRaw`
    INSERT INTO session_commission (id, departement_id, territoire_id, type, date, lieu, membres, tenue)
    SELECT 'ss' || md5(t.id || k), t.departement_id, t.id,
           (CASE WHEN t.type = 'COMMISSION_RSA' THEN 'COMMISSION_RSA' ELSE 'EP_TERRITORIALE' END)::type_instance,
           date_trunc('month', current_date) - make_interval(months => k) + interval '14 days 13 hours',
           'Siège du ' || t.nom,
           'Responsable du territoire (présidence)' || chr(10) || 'Conseiller d''orientation RSA' || chr(10) || 'Représentant de France Travail' || chr(10) || 'Représentant de la CAF' || chr(10) || 'Représentant des bénéficiaires du RSA',
           true
    FROM territoire t, generate_series(1, 13) k
    WHERE t.type IN ('POLE_INSERTION', 'COMMISSION_RSA')`;
  await db.$executeRaw`
    INSERT INTO session_commission (id, departement_id, territoire_id, type, date, lieu, membres, tenue)
    SELECT 'ss' || md5(d.id || 'dep' || k), d.id, NULL, 'EP_DEPARTEMENTALE',
           date_trunc('month', current_date) - make_interval(months => k) + interval '20 days 13 hours',
           'Hôtel du Département', 'Directeur de l''insertion (présidence)' || chr(10) || 'Chef du SACAC' || chr(10) || 'Représentant de France Travail' || chr(10) || 'Représentant de la CAF', true
    FROM departement d, generate_series(1, 13) k
    WHERE d.code = '13'`;
  // sessions à venir : dans 40 et 70 jours (le délai d'observations de 30 jours tient avant la séance)
  await db.$executeRaw`
    INSERT INTO session_commission (id, departement_id, territoire_id, type, date, lieu, membres, tenue)
    SELECT 'ss' || md5(t.id || 'futur' || j), t.departement_id, t.id,
           (CASE WHEN t.type = 'COMMISSION_RSA' THEN 'COMMISSION_RSA' ELSE 'EP_TERRITORIALE' END)::type_instance,
           current_date + j + interval '13 hours', 'Siège du ' || t.nom,
           'Responsable du territoire (présidence)' || chr(10) || 'Conseiller d''orientation RSA' || chr(10) || 'Représentant de France Travail' || chr(10) || 'Représentant de la CAF',
           false
    FROM territoire t, (VALUES (40), (70)) v(j)
    WHERE t.type IN ('POLE_INSERTION', 'COMMISSION_RSA')`;

  // historique : une situation par personne retenue (demandeurs, tirés par md5), décidée en séance
  const situations = await db.$executeRaw`
    INSERT INTO situation_examen (id, departement_id, personne_id, territoire_id, motif, detail, detectee_le, statut, session_id,
                                  informee_le, date_limite_observations, observations, observations_le, avis, avis_motifs)
    SELECT 'sh' || c.h, c.departement_id, c.personne_id, c.pole_id, c.motif::motif_situation, NULL, c.detectee,
           CASE WHEN c.x % 10 = 0 THEN 'CLASSEE' ELSE 'DECIDEE' END::statut_situation, s.id,
           (s.date::date - 35), (s.date::date - 5),
           CASE WHEN c.x % 5 < 2 THEN 'Observations écrites reçues : la personne explique sa situation et s''engage à reprendre contact avec son référent.' END,
           CASE WHEN c.x % 5 < 2 THEN s.date::date - 12 END,
           CASE WHEN c.x % 10 = 0 THEN NULL ELSE c.decision::type_decision END,
           CASE WHEN c.x % 10 = 0 THEN NULL ELSE 'Avis rendu en séance au vu du dossier et des observations.' END
    FROM (
      SELECT pe.id AS personne_id, po.id AS pole_id, po.departement_id, md5('dd' || pe.id) AS h,
             abs(('x' || substr(md5('dd' || pe.id), 1, 8))::bit(32)::int) AS x,
             row_number() OVER (PARTITION BY po.id ORDER BY md5('dd' || pe.id)) AS rang,
             count(*) OVER (PARTITION BY po.id) AS nb,
             current_date - 75 - (abs(('x' || substr(md5('dd' || pe.id), 9, 8))::bit(32)::int) % 330) AS detectee,
             (ARRAY['ABSENCE_CONTRAT','ABSENCE_CONTRAT','ABSENCE_CONTRAT','ABSENCE_CONTRAT','ABSENCE_CONTRAT','ABSENCE_CONTRAT','ABSENCE_CONTRAT',
                    'NON_RENOUVELLEMENT','NON_RENOUVELLEMENT','NON_RENOUVELLEMENT','NON_RENOUVELLEMENT','NON_RENOUVELLEMENT',
                    'ABSENCES_REPETEES','ABSENCES_REPETEES','ABSENCES_REPETEES','NON_RESPECT_ENGAGEMENTS','NON_RESPECT_ENGAGEMENTS',
                    'RADIATION_FRANCE_TRAVAIL','RADIATION_FRANCE_TRAVAIL','REFUS_SIGNATURE'])[1 + abs(('x' || substr(md5('motif' || pe.id), 1, 8))::bit(32)::int) % 20] AS motif,
             (ARRAY['MAINTIEN','MAINTIEN','MAINTIEN','MAINTIEN','MAINTIEN','MAINTIEN',
                    'SUSPENSION_REMOBILISATION','SUSPENSION_REMOBILISATION','SUSPENSION_REMOBILISATION','SUSPENSION_REMOBILISATION','SUSPENSION_REMOBILISATION',
                    'SUSPENSION_REMOBILISATION','SUSPENSION_REMOBILISATION','SUSPENSION_REMOBILISATION','SUSPENSION_REMOBILISATION',
                    'SUPPRESSION_PARTIELLE','REORIENTATION','REORIENTATION','REORIENTATION','RETABLISSEMENT'])[1 + abs(('x' || substr(md5('decision' || pe.id), 1, 8))::bit(32)::int) % 20] AS decision
      FROM personne pe JOIN foyer f ON f.id = pe.foyer_id JOIN territoire t ON t.id = f.territoire_id
      JOIN territoire po ON po.departement_id = f.departement_id AND po.type IN ('POLE_INSERTION', 'COMMISSION_RSA') AND t.chemin LIKE po.chemin || '%'
      WHERE pe.role = 'DEMANDEUR' AND NOT EXISTS (SELECT 1 FROM periode_referent r JOIN utilisateur u ON u.id = r.referent_id WHERE r.personne_id = pe.id AND u.actif)
    ) c
    JOIN LATERAL (
      -- la séance du mois qui suit la détection : celle du pôle, ou 1 fois sur 20 l'EP départementale (CD13)
      SELECT s.id, s.date FROM session_commission s
      WHERE s.departement_id = c.departement_id AND s.tenue
        AND ((c.x % 20 = 7 AND s.territoire_id IS NULL) OR (NOT (c.x % 20 = 7 AND EXISTS (SELECT 1 FROM session_commission z WHERE z.departement_id = c.departement_id AND z.territoire_id IS NULL)) AND s.territoire_id = c.pole_id))
        AND s.date >= c.detectee + 40
      ORDER BY s.date LIMIT 1
    ) s ON true
    WHERE c.rang <= ceil(c.nb * ${TAUX_EXAMEN}::float8)`;

  // décisions : barème 2025 (30 à 100 %, plafond 50 % pour un foyer de plus d'une personne ; 1 à 2 mois)
  const decisions = await db.$executeRaw`
    INSERT INTO decision_sanction (id, situation_id, departement_id, personne_id, type, recidive, pourcentage, duree_mois, date_effet, date_fin,
                                   montant_mensuel_centimes, montant_suspendu_centimes, motifs, decide_par_id, qualite_decideur, decide_le,
                                   remobilisee_le, remobilisation_motif, montant_restitue_centimes, devenue_definitive_le)
    SELECT 'dh' || substr(d.sid, 3), d.sid, d.departement_id, d.personne_id, d.avis, d.avis IN ('SUPPRESSION_PARTIELLE', 'SUPPRESSION_TOTALE'),
           d.pct, d.duree, d.effet, d.fin, d.mensuel,
           CASE WHEN d.avis = 'SUSPENSION_REMOBILISATION' THEN d.mensuel * d.pct * d.duree / 100 WHEN d.avis = 'SUPPRESSION_PARTIELLE' THEN d.mensuel * d.pct / 100 ELSE 0 END,
           'Décision conforme à l''avis de l''instance, au vu du dossier et des observations de la personne.',
           d.decideur, 'Pour le président du conseil départemental, par délégation', d.decide,
           d.remobilisee, CASE WHEN d.remobilisee IS NOT NULL THEN (CASE WHEN d.x % 2 = 0 THEN 'CONTRAT_SIGNE' ELSE 'RENDEZ_VOUS_HONORE' END) END,
           CASE WHEN d.remobilisee IS NOT NULL THEN LEAST(d.mensuel * d.pct / 100 * GREATEST(1, (d.remobilisee - d.effet) / 30 + 1), d.mensuel * d.pct * d.duree / 100, 3 * d.mensuel) ELSE 0 END,
           CASE WHEN d.avis = 'SUSPENSION_REMOBILISATION' AND d.remobilisee IS NULL AND d.fin < current_date THEN d.fin + 1 END
    FROM (
      SELECT s.id AS sid, s.departement_id, s.personne_id, s.avis, x.x,
             CASE WHEN s.avis IN ('SUSPENSION_REMOBILISATION', 'SUPPRESSION_PARTIELLE') THEN LEAST((ARRAY[30, 40, 50, 50, 60, 80, 100])[1 + x.x % 7], CASE WHEN nbf.n > 1 THEN 50 ELSE 100 END) END AS pct,
             CASE WHEN s.avis = 'SUSPENSION_REMOBILISATION' THEN 1 + x.x % 2 END AS duree,
             se.date::date + 7 AS decide, se.date::date + 15 AS effet,
             CASE WHEN s.avis = 'SUSPENSION_REMOBILISATION' THEN (se.date::date + 15 + make_interval(months => 1 + x.x % 2))::date - 1 END AS fin,
             CASE WHEN s.avis = 'SUSPENSION_REMOBILISATION' AND x.x % 100 < 55 AND se.date::date + 15 + (x.x % 40) < current_date THEN se.date::date + 15 + (x.x % 40) END AS remobilisee,
             round(64652 * (1 + CASE WHEN nbf.n >= 2 THEN 0.5 ELSE 0 END + GREATEST(0, nbf.n - 2) * 0.3))::int AS mensuel,
             COALESCE((SELECT u.id FROM utilisateur u WHERE u.territoire_id = s.territoire_id AND u.role = 'RESPONSABLE_TERRITOIRE' ORDER BY u.courriel LIMIT 1),
                      (SELECT u.id FROM utilisateur u WHERE u.departement_id = s.departement_id AND u.role = 'ADMIN' ORDER BY u.courriel LIMIT 1)) AS decideur
      FROM situation_examen s JOIN session_commission se ON se.id = s.session_id JOIN personne pe ON pe.id = s.personne_id,
           LATERAL (SELECT count(*) AS n FROM personne q WHERE q.foyer_id = pe.foyer_id) nbf,
           LATERAL (SELECT abs(('x' || substr(md5('sanction' || s.id), 1, 8))::bit(32)::int) AS x) x
      WHERE s.id LIKE 'sh%' AND s.statut = 'DECIDEE'
    ) d`;
  // la suppression partielle suppose un manquement renouvelé : une suspension antérieure, six mois plus tôt
  await db.$executeRaw`
    INSERT INTO situation_examen (id, departement_id, personne_id, territoire_id, motif, detectee_le, statut, session_id, informee_le, date_limite_observations, avis, avis_motifs)
    SELECT 'sp' || substr(s.id, 3), s.departement_id, s.personne_id, s.territoire_id, 'ABSENCE_CONTRAT', s.detectee_le - 180, 'DECIDEE', NULL, s.detectee_le - 170, s.detectee_le - 140, 'SUSPENSION_REMOBILISATION', 'Premier manquement.'
    FROM situation_examen s JOIN decision_sanction d ON d.situation_id = s.id WHERE d.type = 'SUPPRESSION_PARTIELLE' AND s.id LIKE 'sh%'`;
  await db.$executeRaw`
    INSERT INTO decision_sanction (id, situation_id, departement_id, personne_id, type, pourcentage, duree_mois, date_effet, date_fin, montant_mensuel_centimes, montant_suspendu_centimes, motifs, decide_par_id, qualite_decideur, decide_le, devenue_definitive_le)
    SELECT 'dp' || substr(s.id, 3), s.id, s.departement_id, s.personne_id, 'SUSPENSION_REMOBILISATION', d.pourcentage, 1, s.detectee_le + 170, s.detectee_le + 199, d.montant_mensuel_centimes, d.montant_mensuel_centimes * d.pourcentage / 100,
           'Premier manquement : suspension d''un mois.', d.decide_par_id, d.qualite_decideur, s.detectee_le + 160, s.detectee_le + 200
    FROM situation_examen s JOIN decision_sanction d ON d.situation_id = 'sh' || substr(s.id, 3) WHERE s.id LIKE 'sp%'`;

  // fichiers CAF quotidiens : toutes les décisions à appliquer de l'historique sont transmises
  await db.$executeRaw`
    INSERT INTO transmission_caf (id, departement_id, jour, nb_decisions, contenu, cree_par_id)
    SELECT 'tc' || md5(d.departement_id || d.decide_le), d.departement_id, d.decide_le, count(*),
           'ORGANISME;NUMDEMRSA;NOM;PRENOM;DATE_NAISSANCE;DECISION;PART_POURCENT;DATE_DEBUT;DATE_FIN;DATE_DECISION' || chr(13) || chr(10) ||
           string_agg(concat_ws(';', f.organisme, f.numero_allocataire, upper(pe.nom), pe.prenom, pe.date_naissance,
             CASE d.type WHEN 'SUSPENSION_REMOBILISATION' THEN 'SUSPENSION' ELSE d.type::text END, COALESCE(d.pourcentage::text, ''), d.date_effet, COALESCE(d.date_fin::text, ''), d.decide_le), chr(13) || chr(10) ORDER BY d.id) || chr(13) || chr(10),
           min(d.decide_par_id)
    FROM decision_sanction d JOIN personne pe ON pe.id = d.personne_id JOIN foyer f ON f.id = pe.foyer_id
    WHERE d.type <> 'MAINTIEN' AND d.decide_le < current_date
    GROUP BY d.departement_id, d.decide_le`;
  await db.$executeRaw`
    UPDATE decision_sanction d SET transmission_id = 'tc' || md5(d.departement_id || d.decide_le)
    WHERE d.type <> 'MAINTIEN' AND d.decide_le < current_date`;

  // démonstration : dans chaque file active, un rendez-vous passé à renseigner (après une absence non
  // excusée trois semaines plus tôt) et un rendez-vous à venir ; coordonnées fictives pour la boîte d'envoi
  await db.$executeRaw`
    WITH suivis AS (
      SELECT r.personne_id, r.referent_id, row_number() OVER (PARTITION BY r.referent_id ORDER BY r.personne_id) AS rang
      FROM periode_referent r JOIN utilisateur u ON u.id = r.referent_id AND u.actif WHERE r.date_fin IS NULL
    )
    INSERT INTO rendez_vous (id, personne_id, agent_id, type, modalite, lieu, debut, resultat, resultat_le)
    SELECT 'rv' || md5(s.personne_id || v.k), s.personne_id, s.referent_id, v.type::type_rendez_vous, 'PRESENTIEL'::modalite_rendez_vous, 'Pôle d''insertion, bureau du référent',
           current_date + v.jours + interval '8 hours 30 minutes', v.resultat::resultat_rendez_vous, CASE WHEN v.resultat <> 'PREVU' THEN current_date + v.jours END
    FROM suivis s, (VALUES ('a', -21, 'SUIVI', 'NON_HONORE'), ('b', -1, 'SUIVI', 'PREVU')) v(k, jours, type, resultat)
    WHERE s.rang IN (6, 7)
    UNION ALL
    SELECT 'rv' || md5(s.personne_id || 'c'), s.personne_id, s.referent_id, 'CONTRAT'::type_rendez_vous, 'TELEPHONE'::modalite_rendez_vous, NULL, current_date + 3 + interval '9 hours', 'PREVU'::resultat_rendez_vous, NULL
    FROM suivis s WHERE s.rang = 8`;
  await db.$executeRaw`
    INSERT INTO coordonnees_personne (personne_id, courriel, telephone)
    SELECT DISTINCT ON (r.personne_id) r.personne_id, lower(translate(pe.prenom || '.' || pe.nom, 'éèêëïîôöüûàâçÉ ', 'eeeeiioouuaacE-')) || '@exemple.invalid', '06 00 00 ' || lpad((abs(hashtext(pe.id)) % 100)::text, 2, '0') || ' ' || lpad((abs(hashtext(pe.nom)) % 100)::text, 2, '0')
    FROM rendez_vous r JOIN personne pe ON pe.id = r.personne_id
    ON CONFLICT DO NOTHING`;
  return { situations, decisions, duree: Math.round(performance.now() - t0) };
}
