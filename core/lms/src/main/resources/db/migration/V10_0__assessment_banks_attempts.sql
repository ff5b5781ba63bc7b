-- The assessment context: item banks (every version of every item kept), attempts with the item
-- versions they drew, and the competency profile derived from results.

-- bank: 'plugin:<id>' (a plugin's standard-test bank), 'import:<uuid>' (a Moodle XML / GIFT import)
CREATE TABLE assessment_item (
    bank        varchar(120) NOT NULL,
    item_id     varchar(120) NOT NULL,
    version     integer      NOT NULL,
    competency  varchar(64)  NOT NULL,
    domain      varchar(64),
    difficulty  varchar(8)   NOT NULL,
    item_type   varchar(24)  NOT NULL,
    body        jsonb        NOT NULL,
    body_hash   char(64)     NOT NULL,
    current     boolean      NOT NULL DEFAULT true,
    exposures   bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL,
    PRIMARY KEY (bank, item_id, version)
);
-- form drawing: the current items of one area and difficulty, least exposed first
CREATE INDEX assessment_item_draw ON assessment_item (bank, domain, difficulty, exposures) WHERE current;

CREATE TABLE assessment_import (
    id          uuid         PRIMARY KEY,
    file_name   varchar(255) NOT NULL,
    format      varchar(16)  NOT NULL,
    imported_by varchar(255) NOT NULL,
    imported_at timestamptz  NOT NULL,
    report      jsonb        NOT NULL
);
CREATE INDEX assessment_import_recent ON assessment_import (imported_at DESC);

-- status: prepared (form drawn before a session starts), started, submitted
CREATE TABLE assessment_attempt (
    id           uuid         PRIMARY KEY,
    learner      uuid         NOT NULL,
    test_id      varchar(64)  NOT NULL,
    status       varchar(12)  NOT NULL,
    session_id   varchar(120),
    prepared_at  timestamptz  NOT NULL,
    started_at   timestamptz,
    deadline     timestamptz,
    finished_at  timestamptz,
    finished_by  varchar(12),
    score_raw    integer,
    score_max    integer,
    passed       boolean,
    result       jsonb
);
CREATE INDEX assessment_attempt_learner ON assessment_attempt (learner, test_id, finished_at);
-- one open (prepared or started) attempt per learner and test
CREATE UNIQUE INDEX assessment_attempt_open ON assessment_attempt (learner, test_id) WHERE status IN ('prepared', 'started');
-- the deadline sweeper
CREATE INDEX assessment_attempt_due ON assessment_attempt (deadline) WHERE status = 'started';

CREATE TABLE assessment_attempt_item (
    attempt_id   uuid         NOT NULL REFERENCES assessment_attempt (id),
    item_id      varchar(120) NOT NULL,
    position     smallint     NOT NULL,
    bank         varchar(120) NOT NULL,
    version      integer      NOT NULL,
    presentation jsonb        NOT NULL,
    response     jsonb,
    answered_at  timestamptz,
    correct      boolean,
    PRIMARY KEY (attempt_id, item_id),
    FOREIGN KEY (bank, item_id, version) REFERENCES assessment_item (bank, item_id, version)
);

-- derived from passed/failed statements by the profile consumer; rebuilt from statement zero
CREATE TABLE assessment_competency_profile (
    learner     uuid         NOT NULL,
    test_id     varchar(64)  NOT NULL,
    competency  varchar(64)  NOT NULL,
    level       varchar(16)  NOT NULL,
    step        integer      NOT NULL,
    reached_at  timestamptz  NOT NULL,
    evidence    jsonb        NOT NULL,
    PRIMARY KEY (learner, test_id, competency)
);
