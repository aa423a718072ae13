-- Une règle, un endroit (docs/decisions/1501), suite : montant courant d'une convention et recouvrement
-- de deux territoires, jusqu'ici recopiés dans plusieurs requêtes. Parité avec TypeScript testée
-- (montantCourant de lib/conventions/domain/convention.ts, territoiresSeRecouvrent de lib/referentiels/domain/territoires.ts).

-- Montant courant : montant initial + somme des avenants (null si le montant initial n'est pas connu).
CREATE FUNCTION montant_courant_convention(id_convention text) RETURNS bigint LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT c.montant_initial_centimes + coalesce((SELECT sum(a.delta_montant_centimes) FROM public.avenant a WHERE a.convention_id = c.id), 0)::bigint
  FROM public.convention c WHERE c.id = id_convention $$;

-- Deux territoires se recouvrent si l'un contient l'autre (chemins matérialisés « /id1/id2/ ») :
-- une action d'un pôle concerne ses communes, une action d'une commune concerne son pôle.
CREATE FUNCTION territoires_se_recouvrent(chemin_a text, chemin_b text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT starts_with(chemin_a, chemin_b) OR starts_with(chemin_b, chemin_a) $$;
