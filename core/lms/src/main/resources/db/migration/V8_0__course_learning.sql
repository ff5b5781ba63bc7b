-- course context: enrolments (the rows the enrolled statements belong to) and the progress the
-- statement feed derives (each row keyed by the statement it came from, so a replay adds nothing).
CREATE TABLE course_enrolment (
    id           uuid          PRIMARY KEY,
    learner_id   uuid          NOT NULL,
    course_id    varchar(100)  NOT NULL,
    source       varchar(10)   NOT NULL,
    enrolled_at  timestamptz   NOT NULL,
    UNIQUE (learner_id, course_id)
);
-- who is enrolled in a course (classes, teachers' views)
CREATE INDEX course_enrolment_course_idx ON course_enrolment (course_id, learner_id);

-- a completed lesson (lesson_id) or package (lesson_id = '') of any package version, per statement
CREATE TABLE course_completion (
    statement_id  uuid          PRIMARY KEY,
    learner_id    uuid          NOT NULL,
    package_id    varchar(100)  NOT NULL,
    version       varchar(64)   NOT NULL,
    lesson_id     varchar(100)  NOT NULL,
    completed_at  timestamptz   NOT NULL
);
-- a learner's progress in some packages: WHERE learner_id = ? AND package_id = ANY(?)
CREATE INDEX course_completion_learner_idx ON course_completion (learner_id, package_id, lesson_id);

-- the last time a learner did anything in a package, and the lesson they last opened
CREATE TABLE course_package_activity (
    learner_id     uuid          NOT NULL,
    package_id     varchar(100)  NOT NULL,
    last_lesson_id varchar(100),
    last_activity  timestamptz   NOT NULL,
    PRIMARY KEY (learner_id, package_id)
);

-- "mark complete" as the learner pressed it, keyed by the statement id their browser fixed when it
-- happened (offline presses are sent later, maybe twice): a replay finds its row and stores nothing
CREATE TABLE course_lesson_mark (
    statement_id  uuid          PRIMARY KEY,
    learner_id    uuid          NOT NULL,
    package_id    varchar(100)  NOT NULL,
    version       varchar(64)   NOT NULL,
    lesson_id     varchar(100)  NOT NULL,
    marked_at     timestamptz   NOT NULL
);
