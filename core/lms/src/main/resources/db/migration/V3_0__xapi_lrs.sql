-- xapi context: the Learning Record Store. Statements are the event log of HọcVụ.

-- One row per stored statement. `statement` is the statement exactly as stored (with id, stored,
-- authority, version and timestamp set); the other columns exist only for filters and ordering.
-- Filter keys are UUIDs made from typed strings (see FilterKeys): "agent|<ifi>", "ragent|<ifi>",
-- "verb|<iri>", "activity|<iri>", "ractivity|<iri>", "registration|<uuid>", "authority|<ifi>".
-- One GIN index over them answers any combination of the query parameters.
CREATE TABLE xapi_statement (
    seq          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id           uuid        NOT NULL UNIQUE,
    stored       timestamptz NOT NULL,
    filter_keys  uuid[]      NOT NULL,
    voided       boolean     NOT NULL DEFAULT false,
    voiding      boolean     NOT NULL DEFAULT false,
    statement    jsonb       NOT NULL
);
CREATE INDEX xapi_statement_filter_idx ON xapi_statement USING gin (filter_keys);
-- since / until
CREATE INDEX xapi_statement_stored_idx ON xapi_statement (stored);

-- Attachment contents, shared by every statement that declares the same sha2.
CREATE TABLE xapi_attachment (
    sha2          varchar(128) PRIMARY KEY,
    content_type  varchar(255) NOT NULL,
    content       bytea        NOT NULL
);

-- The canonical definition of each activity, merged from the statements that define it.
CREATE TABLE xapi_activity (
    id          text        PRIMARY KEY,
    definition  jsonb       NOT NULL,
    updated     timestamptz NOT NULL
);

-- State, activity profile and agent profile documents. Absent scope parts are '' so that the
-- unique key works without NULLs.
CREATE TABLE xapi_document (
    kind          varchar(16)  NOT NULL,
    activity_id   text         NOT NULL,
    agent_key     text         NOT NULL,
    registration  varchar(36)  NOT NULL,
    doc_id        text         NOT NULL,
    content_type  varchar(255) NOT NULL,
    content       bytea        NOT NULL,
    etag          varchar(40)  NOT NULL,
    updated       timestamptz  NOT NULL,
    PRIMARY KEY (kind, activity_id, agent_key, registration, doc_id)
);

-- HTTP Basic credentials that admins issue; the secret is kept only as a salted hash.
CREATE TABLE xapi_credential (
    id           uuid         PRIMARY KEY,
    api_key      varchar(64)  NOT NULL UNIQUE,
    secret_salt  varchar(64)  NOT NULL,
    secret_hash  varchar(128) NOT NULL,
    name         varchar(255) NOT NULL,
    scopes       text[]       NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    revoked_at   timestamptz
);

-- Durable cursors of the consumers inside HọcVụ that follow the statement log (by seq).
CREATE TABLE xapi_consumer_cursor (
    consumer  varchar(128) PRIMARY KEY,
    position  bigint       NOT NULL DEFAULT 0,
    updated   timestamptz  NOT NULL DEFAULT now()
);
