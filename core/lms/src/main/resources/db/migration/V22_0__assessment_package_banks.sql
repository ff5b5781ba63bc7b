-- Banks made from published packages' lesson quizzes (bank 'package:<package id>'): the version
-- whose quizzes are stored, how many items it gave, and what could not be carried over (per item,
-- with file and line, and for the bank as a whole), as message keys with their arguments.
CREATE TABLE assessment_package_bank (
    package_id  varchar(64)  PRIMARY KEY,
    version     varchar(64)  NOT NULL,
    version_id  uuid         NOT NULL,
    stored_at   timestamptz  NOT NULL,
    items       integer      NOT NULL,
    problems    jsonb        NOT NULL
);

-- every competency code a package item is tagged with (its own, else its lesson's, else its package's);
-- plugin and import items have their one `competency` only
ALTER TABLE assessment_item ADD COLUMN competencies varchar(64)[];
