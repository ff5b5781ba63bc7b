-- scorm context: a learner's attempts at a SCORM package version and the run-time state of each
-- SCO in an attempt (the data model the SCO wrote, as JSON), saved at every Commit, Terminate and
-- when the page hides, so closing the phone and coming back resumes.
CREATE TABLE scorm_attempt (
    id               uuid          PRIMARY KEY,
    learner_id       uuid          NOT NULL,
    package_id       varchar(100)  NOT NULL,
    version          varchar(64)   NOT NULL,
    version_id       uuid          NOT NULL,
    -- SHA-256 of the run-time token the player page handed out last (the SCO's frame has no cookie)
    token_hash       char(64)      NOT NULL,
    token_expires_at timestamptz   NOT NULL,
    -- the token before the last launch stays good a few minutes, for the closed page's last save
    previous_token_hash  char(64),
    previous_token_until timestamptz,
    started_at       timestamptz   NOT NULL,
    updated_at       timestamptz   NOT NULL,
    completed_at     timestamptz
);
-- the player page: the learner's latest attempt at a package
CREATE INDEX scorm_attempt_learner_idx ON scorm_attempt (learner_id, package_id, started_at DESC);
-- every run-time call: the attempt by its token
CREATE UNIQUE INDEX scorm_attempt_token_idx ON scorm_attempt (token_hash);
CREATE INDEX scorm_attempt_previous_token_idx ON scorm_attempt (previous_token_hash);

CREATE TABLE scorm_sco_state (
    attempt_id     uuid          NOT NULL REFERENCES scorm_attempt (id),
    sco_id         varchar(200)  NOT NULL,
    -- the elements the SCO set, {"cmi.location": "...", ...}, at most a few hundred kilobytes
    data           text          NOT NULL,
    completion     varchar(16)   NOT NULL,
    success        varchar(16)   NOT NULL,
    score_scaled   double precision,
    total_seconds  double precision NOT NULL DEFAULT 0,
    -- exit of the last session ('suspend' makes the next entry 'resume')
    last_exit      varchar(16)   NOT NULL DEFAULT '',
    sessions       integer       NOT NULL DEFAULT 0,
    -- the open session and the last commit it saved: a late or repeated commit changes nothing
    session_id     uuid,
    session_seq    bigint        NOT NULL DEFAULT 0,
    session_open   boolean       NOT NULL DEFAULT false,
    -- interactions already recorded as 'answered' statements
    answered       integer       NOT NULL DEFAULT 0,
    updated_at     timestamptz   NOT NULL,
    PRIMARY KEY (attempt_id, sco_id)
);
