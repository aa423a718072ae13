-- Âge révolu sans age() : avec deux dates, age() se résout en age(timestamptz, timestamptz), fonction
-- STABLE (elle dépend du fuseau de la session) ; une fonction IMMUTABLE qui l'appelle n'est pas « inlinée »
-- par le planificateur et coûte un appel de fonction SQL par ligne (≈ 4 µs : 370 ms pour 85 000 personnes).
-- Même résultat (années pleines ; né un 29 février : un an de plus le 1er mars des années non bissextiles),
-- en arithmétique sur les champs de la date, immuable et inlinable.
CREATE OR REPLACE FUNCTION age_revolu(naissance date, reference date) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT (date_part('year', reference) - date_part('year', naissance))::int
               - CASE WHEN (date_part('month', naissance), date_part('day', naissance)) > (date_part('month', reference), date_part('day', reference)) THEN 1 ELSE 0 END $$;
