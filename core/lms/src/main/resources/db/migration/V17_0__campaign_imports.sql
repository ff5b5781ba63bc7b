-- Campaign: figures only another system knows (e.g. VNeID-confirmed digital-skill results), imported
-- per unit from CSV with their source and date, and the log of every import with its report.

-- One figure of a group in a unit on a day; former_units: the codes of units that ceased at the
-- 2025-07-01 merger it was given for (landed on this unit through the old→new table), else null.
CREATE TABLE campaign_imported_figure (
    unit_code    VARCHAR(64)   NOT NULL,
    unit_path    VARCHAR(1024) NOT NULL,
    group_id     VARCHAR(64)   NOT NULL,
    figure       VARCHAR(64)   NOT NULL,
    as_of        DATE          NOT NULL,
    value        INTEGER       NOT NULL CHECK (value >= 0),
    source       VARCHAR(255)  NOT NULL,
    former_units VARCHAR(1024),
    imported_at  TIMESTAMPTZ   NOT NULL,
    imported_by  VARCHAR(255)  NOT NULL,
    PRIMARY KEY (unit_code, group_id, figure, as_of)
);
-- the dashboard reads a subtree's latest figures up to a day
CREATE INDEX campaign_imported_figure_path ON campaign_imported_figure (unit_path text_pattern_ops, as_of);

-- Every baseline or figure import: who, when, how many rows went in or were refused, the report.
CREATE TABLE campaign_import (
    id          UUID PRIMARY KEY,
    kind        VARCHAR(16)  NOT NULL,
    imported_at TIMESTAMPTZ  NOT NULL,
    imported_by VARCHAR(255) NOT NULL,
    imported    INTEGER      NOT NULL,
    refused     INTEGER      NOT NULL,
    report      JSONB        NOT NULL
);
CREATE INDEX campaign_import_at ON campaign_import (imported_at DESC);
