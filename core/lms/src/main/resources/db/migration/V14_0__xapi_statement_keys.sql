-- xapi context: statement queries whose cost does not grow with the store.
-- The GIN index over filter_keys cannot tell a rare key from a common one: PostgreSQL guessed
-- thousands of rows for a registration that had five and walked the whole primary key backwards
-- (13.8 s at 10M statements). Instead, every (filter key, seq) pair is a row of a b-tree, so "the
-- newest statements with key K before seq S" is one index descent, whatever the store's size.
-- Several keys are intersected by leapfrogging between their b-trees (xapi_statement_page).
CREATE TABLE xapi_statement_key (
    key  uuid   NOT NULL,
    seq  bigint NOT NULL
);
INSERT INTO xapi_statement_key (key, seq)
SELECT k, s.seq FROM xapi_statement s CROSS JOIN LATERAL unnest(s.filter_keys) AS k;
ALTER TABLE xapi_statement_key ADD PRIMARY KEY (key, seq);
DROP INDEX xapi_statement_filter_idx;

-- since/until as a range of seq, so that a time window costs what its rows cost. seq and stored
-- are taken in the same INSERT (the clock first, under the writers' lock), so their order differs
-- only between inserts that run at the same time. An insert is at most 1,000 rows (StatementStore)
-- and takes well under a second; only one that spent ten minutes between its clock and its seq
-- could fall outside these bounds. Each bound is one descent of the stored index; the exact stored
-- test is still made on every row.
CREATE FUNCTION xapi_seq_lower_bound(since timestamptz) RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT s.seq + 1 FROM xapi_statement s WHERE s.stored <= since - interval '10 minutes'
                      ORDER BY s.stored DESC LIMIT 1), 0)
$$;
CREATE FUNCTION xapi_seq_upper_bound(until timestamptz) RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT s.seq - 1 FROM xapi_statement s WHERE s.stored > until + interval '10 minutes'
                      ORDER BY s.stored LIMIT 1), 9223372036854775807)
$$;

-- The seqs, in [low, high] and in the direction asked, of at most "wanted" statements that carry
-- every key, are not voided and were stored in (since, until]. Leapfrog intersection: each step asks
-- one key's b-tree for its first seq at or beyond the candidate; when every key answers the same
-- seq, that statement matches. The steps are bounded by the rows of the rarest key in the range,
-- and each is one index descent.
CREATE FUNCTION xapi_statement_page(keys uuid[], low bigint, high bigint, ascending boolean,
                                    since timestamptz, until timestamptz, wanted integer)
RETURNS SETOF bigint LANGUAGE plpgsql STABLE AS $$
DECLARE
    key_count integer := cardinality(keys);
    candidate bigint := CASE WHEN ascending THEN low ELSE high END;
    found bigint;
    agreeing integer := 0;
    returned integer := 0;
    i integer := 0;
BEGIN
    IF key_count = 0 OR wanted <= 0 OR low > high THEN
        RETURN;
    END IF;
    LOOP
        i := i % key_count + 1;
        IF ascending THEN
            SELECT k.seq INTO found FROM xapi_statement_key k
             WHERE k.key = keys[i] AND k.seq >= candidate AND k.seq <= high ORDER BY k.seq LIMIT 1;
        ELSE
            SELECT k.seq INTO found FROM xapi_statement_key k
             WHERE k.key = keys[i] AND k.seq <= candidate AND k.seq >= low ORDER BY k.seq DESC LIMIT 1;
        END IF;
        IF found IS NULL THEN
            RETURN;
        END IF;
        IF found = candidate THEN
            agreeing := agreeing + 1;
        ELSE
            candidate := found;
            agreeing := 1;
        END IF;
        IF agreeing = key_count THEN
            IF EXISTS (SELECT 1 FROM xapi_statement s WHERE s.seq = candidate AND NOT s.voided
                          AND (since IS NULL OR s.stored > since) AND (until IS NULL OR s.stored <= until)) THEN
                RETURN NEXT candidate;
                returned := returned + 1;
                IF returned >= wanted THEN
                    RETURN;
                END IF;
            END IF;
            candidate := CASE WHEN ascending THEN candidate + 1 ELSE candidate - 1 END;
            agreeing := 0;
        END IF;
    END LOOP;
END
$$;
