-- unit context: the units before 2025-07-01 (63 provinces, 696 districts, 10,035 communes and wards)
-- and the new units each became, from the statistics office's conversion table. People still give
-- their address the old way; search and "formerly" labels use these.

-- A unit's folded name followed by its ancestors' bare names ("xa tan hoa tay ninh"), so that
-- "commune, province" queries match as one contiguous text.
ALTER TABLE admin_unit ADD COLUMN search_full varchar(600);
CREATE INDEX admin_unit_search_full_trgm_idx ON admin_unit USING gin (search_full gin_trgm_ops);

CREATE TABLE former_unit (
    code         varchar(10)  PRIMARY KEY,
    level        smallint     NOT NULL CHECK (level BETWEEN 1 AND 3),
    name         varchar(200) NOT NULL,
    parent_code  varchar(10)  REFERENCES former_unit (code),
    search_name  varchar(200) NOT NULL,
    search_bare  varchar(200) NOT NULL,
    search_full  varchar(600) NOT NULL
);
-- search by any part of the name with its district and province
CREATE INDEX former_unit_search_full_trgm_idx ON former_unit USING gin (search_full gin_trgm_ops);

-- rank 0: the new unit took the old one's whole population; 1: a part of it. relation is the
-- table's own (whole, part, part_area_all_population, unchanged, renamed) or 'via-communes' for a
-- district or province, whose new units are those its communes became.
CREATE TABLE former_unit_successor (
    former_code  varchar(10)  NOT NULL REFERENCES former_unit (code),
    unit_code    varchar(40)  NOT NULL REFERENCES admin_unit (code),
    relation     varchar(30)  NOT NULL,
    rank         smallint     NOT NULL,
    PRIMARY KEY (former_code, unit_code)
);
-- "formerly" of a new unit: the old units it took in
CREATE INDEX former_unit_successor_unit_idx ON former_unit_successor (unit_code);
