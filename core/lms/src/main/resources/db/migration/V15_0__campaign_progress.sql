-- Campaign context: denominators, targets, responsibilities, and the progress derived from the
-- statement feed. A unit_path is '/<root>/.../<unit>/' (codes of the unit tree, root first): every
-- "this unit and below" query is a prefix match on it, hence the text_pattern_ops indexes.

-- The campaign's own copy of the roster (from identity and unit events): where a learner counts.
CREATE TABLE campaign_learner (
    learner_id UUID PRIMARY KEY,
    unit_code  VARCHAR(64),
    unit_path  VARCHAR(1024),
    groups     VARCHAR(64)[] NOT NULL DEFAULT '{}'
);
CREATE INDEX campaign_learner_path ON campaign_learner (unit_path text_pattern_ops);

-- One row per statement that proves something (passed a test, completed a course or package,
-- skill verified, certificate earned); a voiding statement deletes its target's row.
CREATE TABLE campaign_evidence (
    statement_id UUID PRIMARY KEY,
    learner_id   UUID          NOT NULL,
    fact         VARCHAR(1024) NOT NULL,
    happened_on  DATE          NOT NULL
);
CREATE INDEX campaign_evidence_learner ON campaign_evidence (learner_id);

-- Per learner, every group's indicator they achieved and the day they first did (whatever their groups).
CREATE TABLE campaign_learner_indicator (
    learner_id   UUID         NOT NULL,
    group_id     VARCHAR(64)  NOT NULL,
    indicator_id VARCHAR(128) NOT NULL,
    achieved_on  DATE         NOT NULL,
    PRIMARY KEY (learner_id, group_id, indicator_id)
);

-- Learners of a group in a unit who first achieved an indicator on a day (members of the group only).
CREATE TABLE campaign_daily_count (
    unit_code    VARCHAR(64)   NOT NULL,
    unit_path    VARCHAR(1024) NOT NULL,
    group_id     VARCHAR(64)   NOT NULL,
    indicator_id VARCHAR(128)  NOT NULL,
    day          DATE          NOT NULL,
    learners     INTEGER       NOT NULL,
    PRIMARY KEY (unit_code, group_id, indicator_id, day)
);
CREATE INDEX campaign_daily_count_path ON campaign_daily_count (unit_path text_pattern_ops, day);

-- Denominators: how many people of a group live or work in a unit, per year (imported from CSV).
CREATE TABLE campaign_baseline (
    year        SMALLINT      NOT NULL,
    group_id    VARCHAR(64)   NOT NULL,
    unit_code   VARCHAR(64)   NOT NULL,
    unit_path   VARCHAR(1024) NOT NULL,
    population  INTEGER       NOT NULL CHECK (population >= 0),
    imported_at TIMESTAMPTZ   NOT NULL,
    imported_by VARCHAR(255)  NOT NULL,
    PRIMARY KEY (year, group_id, unit_code)
);
CREATE INDEX campaign_baseline_path ON campaign_baseline (year, unit_path text_pattern_ops);

-- A target set on a unit holds for the units below it unless they set their own.
CREATE TABLE campaign_target (
    year         SMALLINT     NOT NULL,
    group_id     VARCHAR(64)  NOT NULL,
    indicator_id VARCHAR(128) NOT NULL,
    unit_code    VARCHAR(64)  NOT NULL,
    percent      SMALLINT     NOT NULL CHECK (percent BETWEEN 0 AND 100),
    set_at       TIMESTAMPTZ  NOT NULL,
    set_by       VARCHAR(255) NOT NULL,
    PRIMARY KEY (year, group_id, indicator_id, unit_code)
);
CREATE INDEX campaign_target_unit ON campaign_target (unit_code, year);

-- Who answers for a target in a unit, and by when.
CREATE TABLE campaign_responsibility (
    id           UUID PRIMARY KEY,
    year         SMALLINT      NOT NULL,
    group_id     VARCHAR(64)   NOT NULL,
    indicator_id VARCHAR(128)  NOT NULL,
    unit_code    VARCHAR(64)   NOT NULL,
    unit_path    VARCHAR(1024) NOT NULL,
    organisation VARCHAR(255)  NOT NULL,
    person       VARCHAR(255)  NOT NULL,
    deadline     DATE          NOT NULL,
    created_at   TIMESTAMPTZ   NOT NULL,
    created_by   VARCHAR(255)  NOT NULL
);
CREATE INDEX campaign_responsibility_path ON campaign_responsibility (year, unit_path text_pattern_ops, deadline);
