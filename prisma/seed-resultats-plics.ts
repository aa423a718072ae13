// Participations 2019 aux actions du PLICS d'Argentan, générées set-wise pour reproduire les bilans
// publiés (D4) : pour chaque action, `entrees` prescriptions entrées en 2019, dont `sorties` sorties
// avant la date du bilan (les abandons, puis les sorties dynamiques par type, puis les autres sorties).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { RESULTATS_PLICS_2019 } from "./donnees/resultats-plics";

export async function chargerResultatsPlics(db: PrismaClient, departementId: string) {
  const argentan = await db.territoire.findFirstOrThrow({ where: { departementId, code: "CRSA-ARGENTAN" }, select: { chemin: true } });
  const prescripteur = await db.utilisateur.findUniqueOrThrow({ where: { courriel: "referent.argentan@orne.demo" } });
  let total = 0;
  for (const r of RESULTATS_PLICS_2019) {
    const action = await db.actionInsertion.findFirstOrThrow({ where: { departementId, code: r.action }, select: { id: true } });
    const [d, t, p] = r.dynamiques;
    // rang i : 1..abandons → ABANDON ; puis durable, transition, positive ; puis autres sorties ; puis en cours
    await db.$executeRaw`
      WITH gens AS (
        SELECT pe.id, row_number() OVER (ORDER BY md5(pe.id || ${r.action})) AS k
        FROM personne pe JOIN foyer f ON f.id = pe.foyer_id JOIN territoire te ON te.id = f.territoire_id
        WHERE f.departement_id = ${departementId} AND te.chemin LIKE ${`${argentan.chemin}%`} AND pe.role <> 'PERSONNE_A_CHARGE'
      ), n AS (SELECT count(*)::int AS n FROM gens)
      INSERT INTO prescription (id, personne_id, action_id, prescripteur_id, statut, date_proposition, date_reponse, date_entree, date_sortie, type_sortie, motif_abandon)
      SELECT 'pr-' || ${r.action} || '-' || i, g.id, ${action.id}, ${prescripteur.id},
             (CASE WHEN i <= ${r.abandons} THEN 'ABANDON' WHEN i <= ${r.sorties} THEN 'SORTIE' ELSE 'ENTREE' END)::statut_prescription,
             entree - 10, entree - 5, entree,
             CASE WHEN i <= ${r.sorties} THEN least(entree + 60 + (i * 13) % 120, ${r.sortiesAu}::date) END,
             CASE WHEN i <= ${r.abandons} THEN NULL
                  WHEN i <= ${r.abandons + d} THEN 'EMPLOI_DURABLE'
                  WHEN i <= ${r.abandons + d + t} THEN 'EMPLOI_TRANSITION'
                  WHEN i <= ${r.abandons + d + t + p} THEN 'SORTIE_POSITIVE'
                  WHEN i <= ${r.sorties} THEN 'AUTRE' END,
             CASE WHEN i <= ${r.abandons} THEN 'Abandon en cours d''action' END
      FROM generate_series(1, ${r.entrees}) AS i
      JOIN n ON true
      JOIN gens g ON g.k = 1 + (i - 1) % n.n
      CROSS JOIN LATERAL (SELECT date '2019-01-07' + ((i * 11) % 150) AS entree) e`;
    total += r.entrees;
  }
  return total;
}
