-- cmi5 context: a learner's registration in a cmi5 course (one published package version), the
-- state of each AU, block and the course in it, and each AU launch session with its one-time fetch
-- and its auth-token (kept here, not in one node's memory, so any node answers for it).
CREATE TABLE cmi5_registration (
    id            uuid          PRIMARY KEY,
    learner_id    uuid          NOT NULL,
    package_id    varchar(100)  NOT NULL,
    version       varchar(64)   NOT NULL,
    version_id    uuid          NOT NULL,
    created_at    timestamptz   NOT NULL,
    satisfied_at  timestamptz
);
-- "the learner's open registration in this package" at every launch
CREATE INDEX cmi5_registration_learner_idx ON cmi5_registration (learner_id, package_id, created_at DESC);

-- node: 'course', 'block:<n>' or 'au:<n>' (document order in cmi5.xml)
CREATE TABLE cmi5_node_state (
    registration_id  uuid         NOT NULL REFERENCES cmi5_registration (id),
    node             varchar(24)  NOT NULL,
    completed        boolean      NOT NULL DEFAULT false,
    passed           boolean      NOT NULL DEFAULT false,
    failed           boolean      NOT NULL DEFAULT false,
    waived           boolean      NOT NULL DEFAULT false,
    satisfied        boolean      NOT NULL DEFAULT false,
    launched         boolean      NOT NULL DEFAULT false,
    PRIMARY KEY (registration_id, node)
);

CREATE TABLE cmi5_session (
    id               uuid          PRIMARY KEY,
    registration_id  uuid          NOT NULL REFERENCES cmi5_registration (id),
    au_index         integer       NOT NULL,
    launch_mode      varchar(8)    NOT NULL,
    -- the one-time fetch URL's key; the token's secret only as its SHA-256
    fetch_key        varchar(64)   NOT NULL UNIQUE,
    token_sha256     char(64),
    fetched_at       timestamptz,
    expires_at       timestamptz   NOT NULL,
    launched_at      timestamptz   NOT NULL,
    initialized_at   timestamptz,
    terminated_at    timestamptz,
    abandoned_at     timestamptz,
    last_statement_at timestamptz,
    -- cmi5 defined verbs seen in the session (no verb twice; one of passed/failed)
    verbs            text          NOT NULL DEFAULT ''
);
CREATE INDEX cmi5_session_registration_idx ON cmi5_session (registration_id, launched_at);
-- the sweeper's "sessions left open": launched long ago, neither terminated nor abandoned
CREATE INDEX cmi5_session_open_idx ON cmi5_session (launched_at) WHERE terminated_at IS NULL AND abandoned_at IS NULL;
