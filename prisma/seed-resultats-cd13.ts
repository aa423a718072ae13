// Participations et sorties synthétiques sur les actions du catalogue des Bouches-du-Rhône, générées
// set-wise par PostgreSQL (hors files actives des référents de démonstration, qui restent libres d'être
// positionnées), cohérentes avec la capacité de chaque action (sans capacité publiée, ce qui
// est le cas de la plupart des actions du PDI : 12 personnes par territoire de l'action, au plus 60 ;
// la capacité reste vide dans le catalogue) :
// - en cours : les participants publiés (catalogue) sinon 85 % de la capacité, une action sur cinq complète
//   avec une liste d'attente (prescriptions acceptées) ;
// - sorties de l'année en cours (80 % de la capacité) et de l'année précédente (90 %) : 10 % d'abandons,
//   puis 50 % de sorties dynamiques (20 % emploi durable, 15 % de transition, 15 % sortie positive,
//   l'objectif conventionné des ACI, D4 L667-671), le reste en orientations et autres sorties ;
// - les compteurs de l'action (participants en cours, liste d'attente) sont ceux des prescriptions.
// Table de travail non journalisée (et non temporaire : le pool de connexions ne garantit pas la même
// session d'une requête à l'autre), supprimée à la fin. Les personnes sont tirées (md5) parmi les demandeurs et conjoints des territoires de l'action.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export async function chargerResultatsCd13(db: PrismaClient, departementId: string) {
  const annee = new Date().getUTCFullYear();
  const prescripteur = await db.utilisateur.findFirstOrThrow({ where: { departementId, courriel: "historique.pole-i@cd13.demo" } });
  await db.$executeRaw`DROP TABLE IF EXISTS h10_volumes`;
  await db.$executeRaw`DROP TABLE IF EXISTS h10_action_territoires`;
  // territoires de résidence couverts par chaque action (sous-arbre de ses territoires, et leurs ancêtres
  // quand l'action vise un quartier) : petite table, qui évite un EXISTS par personne et par action
  await db.$executeRaw`
    CREATE UNLOGGED TABLE h10_action_territoires AS
    SELECT DISTINCT at.action_id, t.id AS territoire_id
    FROM action_territoire at JOIN territoire ta ON ta.id = at.territoire_id
    JOIN territoire t ON t.departement_id = ta.departement_id AND (t.chemin LIKE ta.chemin || '%' OR ta.chemin LIKE t.chemin || '%')
    JOIN action_insertion a ON a.id = at.action_id AND a.departement_id = ${departementId}`;
  await db.$executeRaw`CREATE INDEX ON h10_action_territoires (action_id)`;
  // volumes par action : capacité en personnes (un ETP ≈ 2 personnes dans l'année), en cours, attente, sorties
  await db.$executeRaw`
    CREATE UNLOGGED TABLE h10_volumes AS
    SELECT a.id, a.code, x, cap,
           greatest(0, CASE WHEN a.participants_en_cours > 0 THEN least(a.participants_en_cours, cap) WHEN x % 5 = 0 THEN cap ELSE round(cap * 0.85)::int END
                       - (SELECT count(*)::int FROM prescription pr WHERE pr.action_id = a.id AND pr.statut = 'ENTREE')) AS en_cours,
           CASE WHEN a.liste_attente > 0 THEN a.liste_attente WHEN x % 5 = 0 THEN 3 + x % 8 ELSE 0 END AS attente,
           round(cap * 0.8)::int AS sorties, round(cap * 0.9)::int AS sorties_prec,
           CASE WHEN a.tout_departement THEN ARRAY(
             SELECT p.id FROM personne p JOIN foyer f ON f.id = p.foyer_id
             WHERE f.departement_id = ${departementId} AND p.role <> 'PERSONNE_A_CHARGE' AND abs(hashtext(p.id || a.id)) % 10 = 0
               AND NOT EXISTS (SELECT 1 FROM periode_referent pr WHERE pr.personne_id = p.id AND pr.date_fin IS NULL)
             ORDER BY md5(p.id || a.id) LIMIT 600)
           ELSE ARRAY(
             SELECT p.id FROM h10_action_territoires ht JOIN foyer f ON f.territoire_id = ht.territoire_id JOIN personne p ON p.foyer_id = f.id
             WHERE ht.action_id = a.id AND p.role <> 'PERSONNE_A_CHARGE'
               AND NOT EXISTS (SELECT 1 FROM periode_referent pr WHERE pr.personne_id = p.id AND pr.date_fin IS NULL)
             ORDER BY md5(p.id || a.id) LIMIT 600) END AS candidats
    FROM action_insertion a
    CROSS JOIN LATERAL (SELECT abs(hashtext('volume' || a.code || a.intitule)) AS x) h
    CROSS JOIN LATERAL (SELECT CASE WHEN a.capacite IS NULL OR a.capacite <= 0
                                      THEN 12 * (CASE WHEN a.tout_departement THEN 5 ELSE least(greatest((SELECT count(*)::int FROM action_territoire at WHERE at.action_id = a.id), 1), 5) END)
                                    WHEN a.unite_capacite = 'ETP' THEN ceil(a.capacite * 2)::int ELSE least(ceil(a.capacite)::int, 400) END AS cap) c
    WHERE a.departement_id = ${departementId} AND NOT a.suspendue
      AND (a.date_fin IS NULL OR a.date_fin >= make_date(${annee}, 1, 1))`;
  await db.$executeRaw`DELETE FROM h10_volumes WHERE cardinality(candidats) = 0`;
  // rang i de chaque action : 1..sorties_prec (sorties de l'an dernier), puis sorties de l'année, puis en cours, puis attente
  const n = await db.$executeRaw`
    INSERT INTO prescription (id, personne_id, action_id, prescripteur_id, statut, date_proposition, date_reponse, date_entree, date_sortie, type_sortie, motif_abandon)
    SELECT 'px-' || v.id || '-' || i, v.candidats[1 + (i - 1) % cardinality(v.candidats)], v.id, ${prescripteur.id},
           statut::statut_prescription, entree - 14, entree - 7,
           CASE WHEN statut <> 'ACCEPTEE' THEN entree END,
           CASE WHEN statut IN ('SORTIE', 'ABANDON') THEN sortie END,
           CASE WHEN statut = 'SORTIE' THEN (CASE WHEN r % 100 < 22 THEN 'EMPLOI_DURABLE' WHEN r % 100 < 39 THEN 'EMPLOI_TRANSITION' WHEN r % 100 < 56 THEN 'SORTIE_POSITIVE'
                                                   WHEN r % 100 < 70 THEN 'ORIENTATION_SOCIALE' WHEN r % 100 < 78 THEN 'ORIENTATION_SANTE' ELSE 'AUTRE' END) END,
           CASE WHEN statut = 'ABANDON' THEN 'Abandon en cours d''action' END
    FROM h10_volumes v
    CROSS JOIN LATERAL generate_series(1, v.sorties_prec + v.sorties + v.en_cours + v.attente) AS i
    CROSS JOIN LATERAL (SELECT abs(hashtext(v.id || i)) AS r) rr
    CROSS JOIN LATERAL (SELECT CASE WHEN i <= v.sorties_prec + v.sorties THEN (CASE WHEN r % 10 = 0 THEN 'ABANDON' ELSE 'SORTIE' END)
                                    WHEN i <= v.sorties_prec + v.sorties + v.en_cours THEN 'ENTREE' ELSE 'ACCEPTEE' END AS statut,
                               CASE WHEN i <= v.sorties_prec THEN make_date(${annee - 1}, 1, 1) + (r % 300)
                                    WHEN i <= v.sorties_prec + v.sorties THEN least(make_date(${annee}, 1, 1) + (r % 300), current_date - 1)
                                    ELSE current_date - 20 - (r % 150) END AS sortie) s
    CROSS JOIN LATERAL (SELECT CASE WHEN statut IN ('SORTIE', 'ABANDON') THEN sortie - 60 - (r % 120) ELSE sortie END AS entree) e`;
  // les compteurs de l'action sont ceux des prescriptions (y compris celles des files actives de démonstration)
  await db.$executeRaw`
    UPDATE action_insertion a SET participants_en_cours = c.en_cours, liste_attente = c.attente
    FROM (SELECT v.id, count(pr.id) FILTER (WHERE pr.statut = 'ENTREE')::int AS en_cours, count(pr.id) FILTER (WHERE pr.statut = 'ACCEPTEE')::int AS attente
          FROM h10_volumes v LEFT JOIN prescription pr ON pr.action_id = v.id GROUP BY v.id) c
    WHERE c.id = a.id`;
  const actions = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM h10_volumes`;
  await db.$executeRaw`DROP TABLE h10_volumes`;
  await db.$executeRaw`DROP TABLE h10_action_territoires`;
  return { prescriptions: n, actions: actions[0]?.n ?? 0 };
}
