-- facilitation context: the work of community digital-technology teams. Every id is made on the
-- facilitator's device (offline first), so a resend finds its row and creates nothing twice.
-- unit_path is the unit's path of codes (/82/28249/) so "this unit and below" is a prefix match.
CREATE TABLE facilitation_session (
    id              uuid          PRIMARY KEY,
    facilitator_id  uuid          NOT NULL,
    unit_code       varchar(40)   NOT NULL,
    unit_path       varchar(1000) NOT NULL,
    starts_at       timestamptz   NOT NULL,
    ends_at         timestamptz,
    place           varchar(200)  NOT NULL,
    topic_kind      varchar(16)   NOT NULL,
    topic_id        varchar(200)  NOT NULL,
    team            text          NOT NULL,
    notes           varchar(2000),
    body_hash       varchar(64)   NOT NULL,
    recorded_at     timestamptz   NOT NULL,
    updated_at      timestamptz   NOT NULL
);
-- a facilitator's own sessions, newest first; a manager's overview of a unit and below
CREATE INDEX facilitation_session_facilitator_idx ON facilitation_session (facilitator_id, starts_at DESC);
CREATE INDEX facilitation_session_unit_idx ON facilitation_session (unit_path text_pattern_ops);

CREATE TABLE facilitation_attendance (
    session_id    uuid         NOT NULL REFERENCES facilitation_session (id),
    learner_id    uuid         NOT NULL,
    recorded_by   uuid         NOT NULL,
    statement_id  uuid         NOT NULL,
    recorded_at   timestamptz  NOT NULL,
    PRIMARY KEY (session_id, learner_id)
);
-- a merge moves a person's attendances; the people a facilitator helped
CREATE INDEX facilitation_attendance_learner_idx ON facilitation_attendance (learner_id);
CREATE INDEX facilitation_attendance_recorder_idx ON facilitation_attendance (recorded_by);

-- a person registered on the spot; the learner id is the registration's id (the device needs it offline)
CREATE TABLE facilitation_registration (
    id                    uuid          PRIMARY KEY,
    facilitator_id        uuid          NOT NULL,
    full_name             varchar(200)  NOT NULL,
    birth_year            integer       NOT NULL,
    unit_code             varchar(40)   NOT NULL,
    unit_path             varchar(1000) NOT NULL,
    groups                text          NOT NULL,
    consent_text_version  varchar(40)   NOT NULL,
    consent_read_aloud    boolean       NOT NULL,
    consent_at            timestamptz   NOT NULL,
    statement_id          uuid          NOT NULL,
    body_hash             varchar(64)   NOT NULL
);
CREATE INDEX facilitation_registration_facilitator_idx ON facilitation_registration (facilitator_id);

-- a registration that looks like people already known: open until merged or marked distinct
CREATE TABLE facilitation_conflict (
    id             uuid          PRIMARY KEY,
    learner_id     uuid          NOT NULL UNIQUE REFERENCES facilitation_registration (id),
    candidates     text          NOT NULL,
    unit_path      varchar(1000) NOT NULL,
    status         varchar(16)   NOT NULL,
    detected_at    timestamptz   NOT NULL,
    decided_by     uuid,
    decided_at     timestamptz,
    kept_id        uuid
);
CREATE INDEX facilitation_conflict_open_idx ON facilitation_conflict (unit_path text_pattern_ops) WHERE status = 'open';

-- one live claim code per person, stored as its SHA-256
CREATE TABLE facilitation_claim_code (
    learner_id  uuid         PRIMARY KEY REFERENCES facilitation_registration (id),
    code_hash   varchar(64)  NOT NULL UNIQUE,
    issued_by   uuid         NOT NULL,
    issued_at   timestamptz  NOT NULL,
    expires_at  timestamptz  NOT NULL
);
-- wrong codes per caller address, so guessing is refused for a while
CREATE TABLE facilitation_claim_failure (
    source     varchar(64)  NOT NULL,
    failed_at  timestamptz  NOT NULL
);
CREATE INDEX facilitation_claim_failure_idx ON facilitation_claim_failure (source, failed_at);

CREATE TABLE facilitation_verification (
    id                   uuid          PRIMARY KEY,
    learner_id           uuid          NOT NULL,
    plugin_id            varchar(64)   NOT NULL,
    skill_id             varchar(64)   NOT NULL,
    note                 varchar(2000),
    session_id           uuid,
    verified_by          uuid          NOT NULL,
    unit_path            varchar(1000) NOT NULL,
    verified_at          timestamptz   NOT NULL,
    statement_id         uuid          NOT NULL,
    body_hash            varchar(64)   NOT NULL,
    withdrawn_reason     varchar(2000),
    withdrawn_by         uuid,
    withdrawn_at         timestamptz,
    voiding_statement_id uuid
);
-- bursts per facilitator (the overview's flags), a person's verifications (merge), a unit's overview
CREATE INDEX facilitation_verification_verifier_idx ON facilitation_verification (verified_by, verified_at);
CREATE INDEX facilitation_verification_learner_idx ON facilitation_verification (learner_id);
CREATE INDEX facilitation_verification_unit_idx ON facilitation_verification (unit_path text_pattern_ops);

-- device keys are derived from the server secret and the key id: only who and until when is stored
CREATE TABLE facilitation_device_key (
    id              uuid          PRIMARY KEY,
    facilitator_id  uuid          NOT NULL,
    sign_in         varchar(255),
    issued_at       timestamptz   NOT NULL,
    expires_at      timestamptz   NOT NULL
);
CREATE INDEX facilitation_device_key_owner_idx ON facilitation_device_key (facilitator_id, sign_in);
-- the secret keys are derived from when none is configured: made once, kept in the database
CREATE TABLE facilitation_secret (
    name    varchar(40)  PRIMARY KEY,
    secret  varchar(128) NOT NULL
);
