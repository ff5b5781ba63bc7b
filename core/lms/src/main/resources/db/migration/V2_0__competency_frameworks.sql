-- competency context: competency frameworks, every version ever loaded or imported. A version is
-- never changed or deleted, so a result earned against (framework version, code) keeps its meaning
-- after a plugin ships a new version; "current" marks the version new learning is measured against.
CREATE TABLE competency_framework (
    id                   uuid         PRIMARY KEY,
    framework_key        varchar(100) NOT NULL,
    version              varchar(40)  NOT NULL,
    document_identifier  uuid         NOT NULL,
    origin               varchar(10)  NOT NULL CHECK (origin IN ('plugin', 'import')),
    plugin_id            varchar(64),
    content_hash         char(64)     NOT NULL,
    document             text         NOT NULL,
    is_current           boolean      NOT NULL,
    created_at           timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (framework_key, version),
    UNIQUE (document_identifier, version)
);
-- one current version per framework
CREATE UNIQUE INDEX competency_framework_current_idx ON competency_framework (framework_key) WHERE is_current;

-- the codes of each version, for results to reference: (framework_id, code)
CREATE TABLE competency_code (
    framework_id  uuid        NOT NULL REFERENCES competency_framework (id),
    code          varchar(60) NOT NULL,
    identifier    uuid        NOT NULL,
    kind          varchar(12) NOT NULL CHECK (kind IN ('domain', 'competency')),
    PRIMARY KEY (framework_id, code)
);
