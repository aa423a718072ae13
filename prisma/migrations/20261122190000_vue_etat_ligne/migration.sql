-- État d'une ligne de crédits (centimes) : une seule définition de l'engagé, du mandaté, des crédits reçus
-- et sortis, utilisée par l'état d'une ligne, le tableau financier et le budget départemental.
CREATE VIEW v_etat_ligne AS
SELECT l.id,
       l.prevu_centimes AS prevu,
       (SELECT coalesce(sum(e.montant_centimes), 0) FROM engagement e WHERE e.ligne_id = l.id) AS engage,
       (SELECT coalesce(sum(p.montant_centimes), 0) FROM paiement p JOIN engagement e ON e.id = p.engagement_id
         WHERE e.ligne_id = l.id AND p.statut = 'MANDATE') AS mandate,
       (SELECT coalesce(sum(m.montant_centimes), 0) FROM mouvement_budgetaire m WHERE m.cible_id = l.id) AS entrants,
       (SELECT coalesce(sum(m.montant_centimes), 0) FROM mouvement_budgetaire m WHERE m.source_id = l.id) AS sortants
FROM ligne_budgetaire l;
