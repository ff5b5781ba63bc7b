-- xapi context: the statement store's primary key, read by every statement query's last step, kept in
-- PostgreSQL's cache from the start (XapiIndexWarmer). At 20M statements the store is twice the
-- memory of a 24 GB machine; a learner's oldest statements then cost a disk read for the primary key's
-- leaf and another for the row, and the disk's few thousand reads a second were the limit with 8
-- clients. pg_prewarm ships with PostgreSQL; a server that does not offer it, or a role that may not
-- install it, only loses the warm start (the warmer checks for it).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_prewarm') THEN
        CREATE EXTENSION IF NOT EXISTS pg_prewarm;
    END IF;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'pg_prewarm not installed: %', SQLERRM;
END
$$;
