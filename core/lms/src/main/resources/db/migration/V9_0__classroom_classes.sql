-- classroom context: school classes. A teacher's class in a school (a unit of kind school below a
-- commune), the STEM/STEAM module packages loaded into it, its students, and failed join-code
-- guesses (kept to refuse guessing; old ones are deleted as new ones are counted).
CREATE TABLE classroom_class (
    id           uuid         PRIMARY KEY,
    school_code  varchar(40)  NOT NULL,
    teacher_id   uuid         NOT NULL,
    name         varchar(120) NOT NULL,
    -- six characters of an alphabet without look-alikes (no 0/O, 1/I/L); unique while the class exists
    join_code    char(6)      NOT NULL UNIQUE,
    created_at   timestamptz  NOT NULL
);
-- a teacher's classes, newest first
CREATE INDEX classroom_class_teacher_idx ON classroom_class (teacher_id, created_at DESC);

CREATE TABLE classroom_module (
    class_id    uuid          NOT NULL REFERENCES classroom_class (id) ON DELETE CASCADE,
    package_id  varchar(100)  NOT NULL,
    position    int           NOT NULL,
    added_at    timestamptz   NOT NULL,
    PRIMARY KEY (class_id, package_id)
);

CREATE TABLE classroom_member (
    class_id    uuid         NOT NULL REFERENCES classroom_class (id) ON DELETE CASCADE,
    learner_id  uuid         NOT NULL,
    -- code (joined with the class code), teacher (added on the page), roster (a bulk enrolment)
    source      varchar(12)  NOT NULL,
    joined_at   timestamptz  NOT NULL,
    PRIMARY KEY (class_id, learner_id)
);
-- a student's classes
CREATE INDEX classroom_member_learner_idx ON classroom_member (learner_id);

CREATE TABLE classroom_join_failure (
    learner_id  uuid         NOT NULL,
    failed_at   timestamptz  NOT NULL
);
-- failed guesses of one person within the window
CREATE INDEX classroom_join_failure_idx ON classroom_join_failure (learner_id, failed_at);
