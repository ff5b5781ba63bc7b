-- roster context: bulk enrolment jobs. The uploaded CSV is parsed and checked at upload and kept as
-- rows; a worker processes them in chunks, each chunk in one transaction that also moves the job's
-- cursor (next_row), so a restart resumes at the first row not committed and a chunk is never half done.
CREATE TABLE roster_job (
    id            uuid          PRIMARY KEY,
    owner_id      uuid          NOT NULL,
    -- course (a manager's: people of their unit and below) or class (a teacher's own class)
    target_kind   varchar(10)   NOT NULL,
    target_id     varchar(100)  NOT NULL,
    -- the manager's unit: people outside it are refused row by row
    scope_unit    varchar(40),
    file_name     varchar(255)  NOT NULL,
    -- queued, running, done; failed when one chunk failed too often in a row (see attempts)
    state         varchar(10)   NOT NULL,
    total_rows    int           NOT NULL,
    -- rows below this number are committed; the next chunk starts here
    next_row      int           NOT NULL,
    -- rows enrolled (created: of them, new people made in Keycloak), already enrolled, refused
    enrolled      int           NOT NULL DEFAULT 0,
    created       int           NOT NULL DEFAULT 0,
    already       int           NOT NULL DEFAULT 0,
    failed        int           NOT NULL DEFAULT 0,
    -- failed tries of the chunk at next_row (Keycloak or the database away): retried, then given up
    attempts      int           NOT NULL DEFAULT 0,
    -- the worker holding the job until then; an expired lease is taken over (a node died)
    lease_until   timestamptz,
    created_at    timestamptz   NOT NULL,
    finished_at   timestamptz
);
-- one's jobs, newest first
CREATE INDEX roster_job_owner_idx ON roster_job (owner_id, created_at DESC);
-- the worker's queue
CREATE INDEX roster_job_open_idx ON roster_job (created_at) WHERE state IN ('queued', 'running');

CREATE TABLE roster_job_row (
    job_id       uuid          NOT NULL REFERENCES roster_job (id) ON DELETE CASCADE,
    row_no       int           NOT NULL,
    -- the file's line, for the error report (a header line and quoted line breaks make it differ)
    line_no      int           NOT NULL,
    username     varchar(255),
    email        varchar(255),
    full_name    varchar(255),
    unit_code    varchar(40),
    groups       varchar(500),
    -- null until processed: enrolled, created (a new person, enrolled), already, error
    outcome      varchar(10),
    reason_key   varchar(80),
    reason_arg   varchar(255),
    PRIMARY KEY (job_id, row_no)
);
-- the error report
CREATE INDEX roster_job_row_error_idx ON roster_job_row (job_id, row_no) WHERE outcome = 'error';
