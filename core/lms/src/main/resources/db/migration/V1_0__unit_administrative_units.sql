-- unit context: Vietnam's administrative units (two official levels since 2025-07-01) and the
-- units that campaign admins add below a commune (hamlets, agencies, schools, cooperatives).
-- The tree has no fixed depth: parent link plus a materialized path of codes for "this unit and below".
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE admin_unit (
    code         varchar(40)  PRIMARY KEY,
    parent_code  varchar(40)  REFERENCES admin_unit (code),
    name         varchar(200) NOT NULL,
    kind         varchar(60)  NOT NULL,
    depth        smallint     NOT NULL CHECK (depth >= 1),
    official     boolean      NOT NULL,
    path         varchar(1000) NOT NULL,
    search_name  varchar(200) NOT NULL,
    search_bare  varchar(200) NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now()
);

-- children of a unit, in name order
CREATE INDEX admin_unit_parent_idx ON admin_unit (parent_code, name);
-- a unit and everything below it: path LIKE '/82/%'
CREATE INDEX admin_unit_path_idx ON admin_unit (path text_pattern_ops);
-- accent- and case-insensitive search by any part of the name
CREATE INDEX admin_unit_search_trgm_idx ON admin_unit USING gin (search_name gin_trgm_ops);
