-- The PostgreSQL role of PermitDesk's public web view: it can read the public_* views (and the schema history, to
-- check the schema's version) and nothing else, so no fault in the web view can reach a phone number or a note.
-- Run it with psql as the role that owns PermitDesk's tables, connected to PermitDesk's database:
--   psql -d permitdesk -v ON_ERROR_STOP=1 -f public-web-role.sql
-- then start the web view with --db-user permitdesk_web --db-password ... (or PERMITDESK_DB_USER/_PASSWORD).

-- 1. Once: the role. Choose your own password.
CREATE ROLE permitdesk_web LOGIN PASSWORD 'choose-a-password' NOSUPERUSER NOCREATEDB NOCREATEROLE;

-- 2. Once, and again after every PermitDesk upgrade (an upgrade may add public_* views): SELECT on the public_*
--    views and the schema history, nothing else.
DO $$
DECLARE
    relation record;
BEGIN
    FOR relation IN
        SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v') AND c.relname LIKE 'public\_%'
    LOOP
        EXECUTE format('GRANT SELECT ON %I TO permitdesk_web', relation.relname);
    END LOOP;
END
$$;
GRANT SELECT ON flyway_schema_history TO permitdesk_web;
