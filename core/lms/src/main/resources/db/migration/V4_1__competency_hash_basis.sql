-- competency context: a framework version's identity becomes a hash of the canonical form of its
-- source data (the plugin's framework file, the imported CASE package) instead of the JSON rendering
-- of the engine's records. Rows stored before keep their old hash until the next start adopts the
-- source's hash for them (the data of a stored version never changes).
ALTER TABLE competency_framework ADD COLUMN hash_basis varchar(20) NOT NULL DEFAULT 'java-rendering'
    CHECK (hash_basis IN ('source', 'java-rendering'));
ALTER TABLE competency_framework ALTER COLUMN hash_basis SET DEFAULT 'source';
