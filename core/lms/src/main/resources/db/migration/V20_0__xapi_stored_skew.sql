-- xapi context: since/until bounds with a margin the store measures instead of a fixed ten minutes.
-- stored is read once per INSERT, before its rows take their seq, so a statement's stored and seq
-- orders can disagree with another's only while an INSERT runs between its clock and its last seq.
-- V14_0 allowed ten minutes everywhere: at 1,000 statements/s that put 600,000 statements inside
-- the margin, each a candidate to test (a verb with until took seconds at 1M statements).
-- Now an INSERT that took longer than 100 ms notes its clock and its delay, in its own transaction
-- (a reader that sees its rows sees the note), and a bound at time t widens only by the delays of
-- the slow inserts that were running at t.
CREATE TABLE xapi_stored_skew (
    stored timestamptz NOT NULL,
    skew   interval    NOT NULL
);
CREATE INDEX xapi_stored_skew_stored_idx ON xapi_stored_skew (stored);
CREATE INDEX xapi_stored_skew_skew_idx ON xapi_stored_skew (skew DESC);

-- How far stored and seq orders can disagree around "at": 100 ms (every insert that took longer is
-- noted), or the delay of a slow insert that read its clock before "at" and ran past it.
CREATE FUNCTION xapi_skew_margin(at timestamptz) RETURNS interval LANGUAGE sql STABLE AS $$
    SELECT greatest(interval '100 milliseconds',
                    (SELECT max(k.skew) FROM xapi_stored_skew k
                      WHERE k.stored <= at AND k.stored + k.skew >= at
                        AND k.stored >= at - (SELECT max(skew) FROM xapi_stored_skew)))
$$;

-- Called once per INSERT after its last row has its seq; never true (it adds no row to the answer).
CREATE FUNCTION xapi_note_skew(stored timestamptz) RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    took interval := clock_timestamp() - stored;
BEGIN
    IF took > interval '100 milliseconds' THEN
        INSERT INTO xapi_stored_skew (stored, skew) VALUES (stored, took);
    END IF;
    RETURN false;
END
$$;

CREATE OR REPLACE FUNCTION xapi_seq_lower_bound(since timestamptz) RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT s.seq + 1 FROM xapi_statement s WHERE s.stored <= since - xapi_skew_margin(since)
                      ORDER BY s.stored DESC LIMIT 1), 0)
$$;
CREATE OR REPLACE FUNCTION xapi_seq_upper_bound(until timestamptz) RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT s.seq - 1 FROM xapi_statement s WHERE s.stored > until + xapi_skew_margin(until)
                      ORDER BY s.stored LIMIT 1), 9223372036854775807)
$$;
