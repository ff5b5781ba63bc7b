-- content context: lesson packages, their immutable versions and files, every review step, and the
-- catalog of published packages (one current version per package, with its filters as arrays).
CREATE TABLE content_package (
    id            varchar(100) PRIMARY KEY,
    kind          varchar(10)  NOT NULL,
    organisation  varchar(64)  NOT NULL,
    created_at    timestamptz  NOT NULL
);
-- a partner sees their organisation's packages
CREATE INDEX content_package_organisation_idx ON content_package (organisation, id);

CREATE TABLE content_version (
    id           uuid          PRIMARY KEY,
    package_id   varchar(100)  NOT NULL REFERENCES content_package (id),
    version      varchar(64)   NOT NULL,
    status       varchar(12)   NOT NULL,
    -- the PackageDescription as JSON, {"schema": 1, ...}: what the package says about itself
    description  text          NOT NULL,
    uploaded_by  varchar(255)  NOT NULL,
    uploaded_at  timestamptz   NOT NULL,
    UNIQUE (package_id, version)
);
-- the reviewers' queue: WHERE status = 'submitted' ORDER BY uploaded_at
CREATE INDEX content_version_status_idx ON content_version (status, uploaded_at);

-- a version's files by path; the bytes are in the content store under their SHA-256, once
CREATE TABLE content_version_file (
    version_id  uuid           NOT NULL REFERENCES content_version (id),
    path        varchar(1024)  NOT NULL,
    sha256      char(64)       NOT NULL,
    size        bigint         NOT NULL,
    PRIMARY KEY (version_id, path)
);

-- who did what to a version, when, with what comment: uploaded, submitted, approved, rejected, superseded
CREATE TABLE content_review_step (
    id          bigserial     PRIMARY KEY,
    version_id  uuid          NOT NULL REFERENCES content_version (id),
    action      varchar(12)   NOT NULL,
    actor       varchar(255)  NOT NULL,
    at          timestamptz   NOT NULL,
    comment     text
);
CREATE INDEX content_review_step_version_idx ON content_review_step (version_id, id);

-- the public catalog: the current published version of each package
CREATE TABLE content_catalog_entry (
    package_id     varchar(100)  PRIMARY KEY REFERENCES content_package (id),
    version_id     uuid          NOT NULL REFERENCES content_version (id),
    published_at   timestamptz   NOT NULL,
    target_groups  text[]        NOT NULL,
    competencies   text[]        NOT NULL,
    levels         text[]        NOT NULL,
    languages      text[]        NOT NULL,
    -- the catalog entry as the API shows it (JSON)
    entry          text          NOT NULL
);
-- filters are "array contains": WHERE target_groups @> ARRAY[?] (GIN), newest first
CREATE INDEX content_catalog_groups_idx ON content_catalog_entry USING gin (target_groups);
CREATE INDEX content_catalog_competencies_idx ON content_catalog_entry USING gin (competencies);
CREATE INDEX content_catalog_levels_idx ON content_catalog_entry USING gin (levels);
CREATE INDEX content_catalog_languages_idx ON content_catalog_entry USING gin (languages);
CREATE INDEX content_catalog_published_idx ON content_catalog_entry (published_at DESC, package_id);
