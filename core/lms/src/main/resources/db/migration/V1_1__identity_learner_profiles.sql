-- identity context: one profile per person who signed in, keyed by the token's subject.
-- The profile id is the opaque learner id used everywhere else (xAPI actor account name included).
CREATE TABLE learner_profile (
    id            uuid         PRIMARY KEY,
    subject       varchar(255) NOT NULL UNIQUE,
    username      varchar(255),
    display_name  varchar(255) NOT NULL,
    unit_code     varchar(40)  REFERENCES admin_unit (code),
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now()
);
-- unit managers list the learners of their units
CREATE INDEX learner_profile_unit_idx ON learner_profile (unit_code);

CREATE TABLE learner_target_group (
    profile_id  uuid        NOT NULL REFERENCES learner_profile (id) ON DELETE CASCADE,
    group_id    varchar(64) NOT NULL,
    PRIMARY KEY (profile_id, group_id)
);
-- campaign rollups count members per group
CREATE INDEX learner_target_group_group_idx ON learner_target_group (group_id);
