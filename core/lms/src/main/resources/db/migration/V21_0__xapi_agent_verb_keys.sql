-- xapi context: agent with verb as one key, and a 10 ms floor for the since/until margin.
--
-- Agent + verb was the one filter pair whose cost grew with the store: the leapfrog between the
-- agent's rows and the verb's stepped through every row of the learner until ten carried the verb
-- (861 pages per query at 10M statements, 237 at 1M). Now every statement has a key per agent of
-- its actor or object with its verb ("agentverb|ifi|verb", FilterKeys.AGENT_VERB), so the pair is
-- one descent per row found. Statements whose object is a StatementRef match each filter through
-- either statement (Communication 2.1.3); they carry FilterKeys.REFERENCING instead and are found by
-- intersecting agent, verb and that key, a second page the reader merges with the first.
--
-- The keys are name-based UUIDs exactly as java.util.UUID.nameUUIDFromBytes makes them.
CREATE FUNCTION xapi_name_key(name text) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT overlay(overlay(md5(name) PLACING '3' FROM 13 FOR 1)
           PLACING substr('89ab', ((get_byte(decode(md5(name), 'hex'), 8) >> 4) & 3) + 1, 1) FROM 17 FOR 1)::uuid
$$;

-- The inverse functional identifier as Agents.ifi writes it.
CREATE FUNCTION xapi_ifi(agent jsonb) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN agent ? 'mbox' THEN 'mbox|' || (agent ->> 'mbox')
                WHEN agent ? 'mbox_sha1sum' THEN 'mbox_sha1sum|' || lower(agent ->> 'mbox_sha1sum')
                WHEN agent ? 'openid' THEN 'openid|' || (agent ->> 'openid')
                WHEN agent ? 'account' THEN 'account|' || coalesce(agent -> 'account' ->> 'homePage', '')
                                            || '|' || coalesce(agent -> 'account' ->> 'name', '')
           END
$$;

-- An agent or group and its members.
CREATE FUNCTION xapi_ifis(agent jsonb) RETURNS SETOF text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT xapi_ifi(agent) WHERE xapi_ifi(agent) IS NOT NULL
    UNION
    SELECT xapi_ifi(m) FROM jsonb_array_elements(CASE WHEN jsonb_typeof(agent -> 'member') = 'array'
                                                      THEN agent -> 'member' ELSE '[]'::jsonb END) AS m
     WHERE xapi_ifi(m) IS NOT NULL
$$;

-- The key rows of the statements stored before this version (their filter_keys column keeps the
-- old set: it is read only when a new statement inherits its target's keys, and statements
-- targeting others are found through REFERENCING anyway). Sorted, so the b-tree fills in order.
INSERT INTO xapi_statement_key (key, seq)
SELECT k, seq FROM (
    SELECT xapi_name_key('agentverb|' || i || '|' || (s.statement -> 'verb' ->> 'id')) AS k, s.seq
      FROM xapi_statement s
     CROSS JOIN LATERAL (SELECT xapi_ifis(s.statement -> 'actor')
                         UNION
                         SELECT xapi_ifis(s.statement -> 'object')
                          WHERE s.statement -> 'object' ->> 'objectType' IN ('Agent', 'Group')) AS a (i)
    UNION
    SELECT xapi_name_key('statementref|'), s.seq
      FROM xapi_statement s
     WHERE s.statement -> 'object' ->> 'objectType' = 'StatementRef'
) keys
ORDER BY k, seq
ON CONFLICT DO NOTHING;

-- Every INSERT slower than 10 ms now notes its delay (V20_0 noted those over 100 ms): at 3,000
-- statements a second a 100 ms margin put 300 statements around every until or since bound, each
-- tested one by one; 10 ms puts 30. A note is one small row per slow INSERT.
CREATE OR REPLACE FUNCTION xapi_skew_margin(at timestamptz) RETURNS interval LANGUAGE sql STABLE AS $$
    SELECT greatest(interval '10 milliseconds',
                    (SELECT max(k.skew) FROM xapi_stored_skew k
                      WHERE k.stored <= at AND k.stored + k.skew >= at
                        AND k.stored >= at - (SELECT max(skew) FROM xapi_stored_skew)))
$$;

CREATE OR REPLACE FUNCTION xapi_note_skew(stored timestamptz) RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    took interval := clock_timestamp() - stored;
BEGIN
    IF took > interval '10 milliseconds' THEN
        INSERT INTO xapi_stored_skew (stored, skew) VALUES (stored, took);
    END IF;
    RETURN false;
END
$$;
