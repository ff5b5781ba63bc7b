-- Certificates (Open Badges 3.0 credentials) issued when a learner passes their group's standard test.

-- The deployment's Ed25519 signing keys. One is active; a retired key no longer signs but stays
-- published (/issuer/keys/{id}) so that everything it signed still verifies.
CREATE TABLE certificate_issuer_key (
    id                   text        PRIMARY KEY,
    public_key_multibase text        NOT NULL UNIQUE,
    -- the 32-byte private seed, AES-256-GCM (nonce || ciphertext) under hocvu.certificates.key-passphrase
    private_key          bytea       NOT NULL,
    created_at           timestamptz NOT NULL,
    retired_at           timestamptz
);
CREATE UNIQUE INDEX certificate_issuer_key_one_active ON certificate_issuer_key ((retired_at IS NULL)) WHERE retired_at IS NULL;

-- Each certificate's place in the revocation status list (Bitstring Status List): never reused.
CREATE SEQUENCE certificate_status_index_seq MINVALUE 0 START WITH 0;

CREATE TABLE certificate_award (
    id               uuid        PRIMARY KEY,
    learner_id       uuid        NOT NULL,
    -- the passed statement that earned it: one certificate per pass, and a rebuild of the feed never issues twice
    source_statement uuid        NOT NULL UNIQUE,
    target_group     text        NOT NULL,
    achievement_name text        NOT NULL,
    issued_at        timestamptz NOT NULL,
    status_index     bigint      NOT NULL UNIQUE,
    -- the name printed on it, as the learner chose (null: no name shown)
    holder_name      text,
    -- the signed OpenBadgeCredential exactly as served
    credential       text        NOT NULL,
    revoked_at       timestamptz,
    revoked_reason   text,
    revoked_by       text
);
-- a learner's list, newest first
CREATE INDEX certificate_by_learner ON certificate_award (learner_id, issued_at DESC);
-- the status list is built from the revoked ones
CREATE INDEX certificate_revoked ON certificate_award (status_index) WHERE revoked_at IS NOT NULL;

-- What a learner chose to have printed on their certificates: their name, or none.
CREATE TABLE certificate_holder_choice (
    learner_id   uuid        PRIMARY KEY,
    printed_name text,
    chosen_at    timestamptz NOT NULL
);
