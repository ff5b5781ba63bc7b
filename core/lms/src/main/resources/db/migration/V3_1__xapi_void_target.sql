-- xapi context: a statement is voided when a voiding statement targets it, whichever arrives first.
-- void_target is the id a voiding statement targets; a statement stored after its voiding statement
-- finds it through this (small, partial) index and is stored as voided.
ALTER TABLE xapi_statement ADD COLUMN void_target uuid;
CREATE INDEX xapi_statement_void_target_idx ON xapi_statement (void_target) WHERE void_target IS NOT NULL;
