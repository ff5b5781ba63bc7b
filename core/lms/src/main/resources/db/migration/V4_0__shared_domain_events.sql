-- shared kernel: the outbox of domain events other contexts must never miss (a learner's unit or
-- target groups changed). A publisher inserts its event in the transaction that made the change,
-- so the change and its event commit or roll back together; each consumer reads them in seq order
-- with a durable cursor, as the xAPI statement feed does.
CREATE TABLE domain_event (
    seq             bigserial    PRIMARY KEY,
    event_type      varchar(80)  NOT NULL,
    schema_version  smallint     NOT NULL,
    payload         jsonb        NOT NULL,
    occurred_at     timestamptz  NOT NULL
);
-- a consumer follows one event type from its cursor: WHERE event_type = ? AND seq > ? ORDER BY seq
CREATE INDEX domain_event_type_seq_idx ON domain_event (event_type, seq);

CREATE TABLE domain_event_cursor (
    consumer  varchar(100) PRIMARY KEY,
    position  bigint       NOT NULL DEFAULT 0,
    updated   timestamptz  NOT NULL DEFAULT now()
);
