-- Défense en profondeur (issue 15) : sécurité au niveau des lignes (RLS) de PostgreSQL sur chaque table
-- qui porte un departement_id. L'application lit et écrit les données d'un département par une connexion
-- au rôle pilote_app (ni superutilisateur, ni BYPASSRLS, ni propriétaire des tables) dont le paramètre
-- app.departement_id est fixé à l'ouverture de la connexion (lib/db.ts) : même une requête qui oublie son
-- filtre ne lit ni n'écrit une ligne d'un autre département. Migrations, seed, scripts et tâches gardent
-- la connexion du propriétaire. Voir docs/decisions/1201-cloisonnement-rls.md.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pilote_app') THEN
    BEGIN
      CREATE ROLE pilote_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
    EXCEPTION WHEN insufficient_privilege THEN
      RAISE NOTICE 'rôle pilote_app non créé (droits insuffisants) : à créer par l''administrateur de la base (voir docs/securite.md)';
    END;
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pilote_app') THEN
    -- le propriétaire doit pouvoir prendre ce rôle (connexion « -c role=pilote_app »)
    BEGIN
      EXECUTE format('GRANT pilote_app TO %I', current_user);
    EXCEPTION WHEN others THEN
      RAISE NOTICE 'GRANT pilote_app TO % impossible : %', current_user, SQLERRM;
    END;
  END IF;
END $$;

-- Met en place droits et politiques ; idempotente, rappelée par scripts/apply-migrations.mjs après chaque
-- déploiement pour couvrir les tables créées par des migrations postérieures.
CREATE OR REPLACE FUNCTION cloisonner_tables() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  t record;
  n integer := 0;
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pilote_app') THEN
    EXECUTE 'GRANT USAGE ON SCHEMA public TO pilote_app';
    EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO pilote_app';
    EXECUTE 'GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO pilote_app';
    EXECUTE 'REVOKE ALL ON "_prisma_migrations" FROM pilote_app';
    EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO pilote_app';
    EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO pilote_app';
  END IF;

  FOR t IN
    SELECT c.relname AS nom, a.attnotnull AS obligatoire
    FROM pg_class c
    JOIN pg_namespace s ON s.oid = c.relnamespace AND s.nspname = 'public'
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'departement_id' AND NOT a.attisdropped
    WHERE c.relkind IN ('r', 'p')
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.nom);
    EXECUTE format('DROP POLICY IF EXISTS cloisonnement_departement ON %I', t.nom);
    IF t.obligatoire THEN
      EXECUTE format($p$CREATE POLICY cloisonnement_departement ON %I
        USING (departement_id = current_setting('app.departement_id', true))
        WITH CHECK (departement_id = current_setting('app.departement_id', true))$p$, t.nom);
    ELSIF t.nom IN ('tache_execution') THEN
      -- une tâche de l'instance (sans département) peut être demandée par un administrateur
      EXECUTE format($p$CREATE POLICY cloisonnement_departement ON %I
        USING (departement_id IS NULL OR departement_id = current_setting('app.departement_id', true))
        WITH CHECK (departement_id IS NULL OR departement_id = current_setting('app.departement_id', true))$p$, t.nom);
    ELSE
      -- departement_id nul : valeur nationale (listes de référence) ou événement d'instance (journal) :
      -- lisible par tous, jamais écrite par la connexion de l'application
      EXECUTE format($p$CREATE POLICY cloisonnement_departement ON %I
        USING (departement_id IS NULL OR departement_id = current_setting('app.departement_id', true))
        WITH CHECK (departement_id = current_setting('app.departement_id', true))$p$, t.nom);
    END IF;
    n := n + 1;
  END LOOP;

  -- les vues lisent avec les droits de l'appelant : la RLS des tables s'y applique aussi
  FOR t IN SELECT c.relname AS nom FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace AND s.nspname = 'public' WHERE c.relkind = 'v' LOOP
    EXECUTE format('ALTER VIEW %I SET (security_invoker = true)', t.nom);
  END LOOP;
  RETURN n;
END $$;

SELECT cloisonner_tables();
