package org.hocvu.bench;

import org.hocvu.lms.xapi.statement.FilterKeys;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Fills the store to millions of statements inside PostgreSQL: the same population as
 * {@link StatementGenerator} (learners, courses, lessons, questions, verbs, registrations, the same
 * JSON shape with stored, version and authority) and the same filter keys as the LRS's
 * {@code FilterKeys} (name-based UUIDs of "kind|value", computed here with md5 exactly as
 * {@code UUID.nameUUIDFromBytes} does). Generating rows in SQL and building the key index once at
 * the end is about ten times faster than inserting through JDBC, which matters at 20 million
 * statements; the timed write phases still use the Java generator and the real insert paths.
 */
final class StoreFill {
    private static final String HOME = StatementGenerator.HOME;
    private static final int CHUNK = 500_000;
    private final String url;
    private final String user;
    private final String password;

    StoreFill(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Inserts statements until the store holds {@code target}; returns how many were inserted. */
    long fillTo(long target, long have, long generate, int learners, int courses, int lessons) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("SET maintenance_work_mem = '2GB'");
            s.execute("""
                    CREATE OR REPLACE FUNCTION bench_name_uuid(t text) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                      SELECT overlay(overlay(md5(t) PLACING '3' FROM 13 FOR 1)
                             PLACING substr('89ab', ((get_byte(decode(md5(t), 'hex'), 8) >> 4) & 3) + 1, 1) FROM 17 FOR 1)::uuid $$""");
            long lastSeq = scalar(s, "SELECT coalesce(max(seq), 0) FROM xapi_statement");
            long firstSeq = scalar(s, "SELECT coalesce(min(seq), 0) FROM xapi_statement");
            long inserted = 0;
            long started = System.nanoTime();
            long generated = Math.min(target, Math.max(have, generate));
            for (long from = have; from < generated; from += CHUNK) {
                long to = Math.min(generated, from + CHUNK) - 1;
                inserted += s.executeUpdate(chunkSql(from, to, learners, courses, lessons));
                System.out.printf(Locale.ROOT, "  fill: %d statements, %.0f/s%n", have + inserted,
                        inserted / ((System.nanoTime() - started) / 1e9));
            }
            // beyond the generated ones, statements are copies of them under new ids (no JSON to parse)
            for (long from = have + inserted; from < target; from += CHUNK) {
                long rows = Math.min(target - from, CHUNK);
                long source = firstSeq + (from - generate) % (generate - rows);
                inserted += s.executeUpdate(copySql(Math.max(firstSeq, source), rows));
                System.out.printf(Locale.ROOT, "  fill (copies): %d statements, %.0f/s%n", have + inserted,
                        inserted / ((System.nanoTime() - started) / 1e9));
            }
            long keysStarted = System.nanoTime();
            // the key rows are appended without their index, which is then built once, sorted
            s.execute("ALTER TABLE xapi_statement_key DROP CONSTRAINT xapi_statement_key_pkey");
            // only the fill's own rows (their authority is "raw"): the server's inserts have their key rows
            s.executeUpdate("INSERT INTO xapi_statement_key (key, seq) SELECT k, seq FROM xapi_statement "
                    + "CROSS JOIN LATERAL unnest(filter_keys) AS k WHERE seq > " + lastSeq
                    + " AND filter_keys @> ARRAY['" + FilterKeys.key(FilterKeys.AUTHORITY, "account|" + HOME + "|raw") + "'::uuid]");
            s.execute("ALTER TABLE xapi_statement_key ADD PRIMARY KEY (key, seq)");
            s.execute("DROP FUNCTION bench_name_uuid(text)");
            System.out.printf(Locale.ROOT, "  fill: statements %.0f s, key rows and their index %.0f s%n",
                    (keysStarted - started) / 1e9, (System.nanoTime() - keysStarted) / 1e9);
            return inserted;
        }
    }

    /** {@code rows} copies of the statements from seq {@code from} on, each under a new id and stored now. */
    private static String copySql(long from, long rows) {
        return """
                INSERT INTO xapi_statement (id, stored, filter_keys, voiding, statement)
                SELECT n.id, n.stored, n.filter_keys, false,
                       jsonb_set(jsonb_set(n.statement, '{id}', to_jsonb(n.id::text)), '{stored}',
                                 to_jsonb(to_char(n.stored AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')))
                FROM (SELECT gen_random_uuid() AS id, clock_timestamp() AS stored, s.statement,
                             -- statements filled before V21_0 lack the agent+verb key: copies get it
                             CASE WHEN s.filter_keys @> ARRAY[av.key] THEN s.filter_keys ELSE s.filter_keys || av.key END AS filter_keys
                      FROM xapi_statement s
                      CROSS JOIN LATERAL (SELECT bench_name_uuid('agentverb|account|' || (s.statement #>> '{actor,account,homePage}')
                                                 || '|' || (s.statement #>> '{actor,account,name}') || '|' || (s.statement #>> '{verb,id}')) AS key) av
                      WHERE s.seq >= FROM_SEQ AND NOT s.voiding ORDER BY s.seq LIMIT ROWS) n
                """.replace("FROM_SEQ", Long.toString(from)).replace("ROWS", Long.toString(rows));
    }

    private static String chunkSql(long from, long to, int learners, int courses, int lessons) {
        String verbs = String.join(",", java.util.Arrays.stream(StatementGenerator.VERBS).map(v -> "'" + v + "'").toList());
        String authority = "account|" + HOME + "|raw";
        return """
                INSERT INTO xapi_statement (id, stored, filter_keys, voiding, statement)
                SELECT gen_random_uuid(), clock_timestamp(),
                       ARRAY[bench_name_uuid('agent|' || ifi), bench_name_uuid('ragent|' || ifi), bench_name_uuid('verb|' || verb),
                             bench_name_uuid('activity|' || obj), bench_name_uuid('ractivity|' || obj),
                             bench_name_uuid('registration|' || reg), bench_name_uuid('ractivity|' || course_id),
                             bench_name_uuid('ractivity|HOMEcampaign/2026'), bench_name_uuid('ragent|AUTHORITY'),
                             bench_name_uuid('authority|AUTHORITY'), bench_name_uuid('agentverb|' || ifi || '|' || verb)], false,
                       ('{"id":"' || gen_random_uuid() || '","actor":{"objectType":"Agent","account":{"homePage":"HOME","name":"' || lid
                        || '"}},"verb":{"id":"' || verb || '","display":{"vi":"' || substr(verb, 32) || '"}},'
                        || '"object":{"objectType":"Activity","id":"' || obj || '","definition":{'
                        || CASE WHEN kind = 'q' THEN '"type":"http://adlnet.gov/expapi/activities/cmi.interaction","interactionType":"choice",'
                                || '"correctResponsesPattern":["b"],"choices":[{"id":"a","description":{"vi":"Sai"}},{"id":"b","description":{"vi":"Đúng"}}],'
                                WHEN kind = 't' THEN '"type":"http://adlnet.gov/expapi/activities/assessment",'
                                ELSE '"type":"http://adlnet.gov/expapi/activities/lesson",' END
                        || '"name":{"vi":"Bài ' || lesson || '","en":"Lesson ' || lesson || '"}}},'
                        || CASE WHEN kind IN ('q', 't') THEN '"result":{"success":' || (score >= 50) || ',"score":{"raw":' || score
                                || ',"min":0,"max":100,"scaled":' || (score / 100.0) || '}'
                                || CASE WHEN kind = 'q' THEN ',"response":"' || CASE WHEN score >= 50 THEN 'b' ELSE 'a' END || '"' ELSE '' END
                                || ',"duration":"PT' || (5 + seconds) || 'S"},' ELSE '' END
                        || '"context":{"registration":"' || reg || '","platform":"HọcVụ","language":"vi","contextActivities":{"parent":[{"id":"'
                        || course_id || '"}],"grouping":[{"id":"HOMEcampaign/2026"}]}},'
                        || '"timestamp":"2026-' || lpad(month::text, 2, '0') || '-' || lpad(day::text, 2, '0') || 'T'
                        || lpad(hour::text, 2, '0') || ':' || lpad(minute::text, 2, '0') || ':00+07:00",'
                        || '"stored":"' || to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '","version":"1.0.0",'
                        || '"authority":{"objectType":"Agent","name":"bench","account":{"homePage":"HOME","name":"raw"}}}')::jsonb
                FROM generate_series(FROM_ROW, TO_ROW) AS g
                CROSS JOIN LATERAL (SELECT (hashint8extended(g, 1) & 2147483647) % LEARNERS AS learner,
                                           (hashint8extended(g, 2) & 2147483647) % COURSES AS course,
                                           (hashint8extended(g, 3) & 2147483647) % LESSONS AS lesson,
                                           (ARRAY[VERBS])[1 + (hashint8extended(g, 4) & 2147483647) % 8] AS verb,
                                           (hashint8extended(g, 5) & 2147483647) % 101 AS score,
                                           (hashint8extended(g, 6) & 2147483647) % 10 AS question,
                                           (hashint8extended(g, 7) & 2147483647) % 600 AS seconds,
                                           1 + (hashint8extended(g, 8) & 2147483647) % 12 AS month,
                                           1 + (hashint8extended(g, 9) & 2147483647) % 28 AS day,
                                           (hashint8extended(g, 10) & 2147483647) % 24 AS hour,
                                           (hashint8extended(g, 11) & 2147483647) % 60 AS minute) r
                CROSS JOIN LATERAL (SELECT bench_name_uuid('learner/' || learner)::text AS lid,
                                           bench_name_uuid('registration/' || learner || '/' || course)::text AS reg,
                                           'HOMEcourse/' || course AS course_id,
                                           CASE WHEN verb LIKE '%answered' THEN 'q'
                                                WHEN verb LIKE '%passed' OR verb LIKE '%failed' THEN 't' ELSE 'l' END AS kind) a
                CROSS JOIN LATERAL (SELECT 'account|HOME|' || lid AS ifi,
                                           CASE kind WHEN 'q' THEN course_id || '/lesson/' || lesson || '/question/' || question
                                                     WHEN 't' THEN course_id || '/standard-test'
                                                     ELSE course_id || '/lesson/' || lesson END AS obj) o
                """.replace("FROM_ROW", Long.toString(from)).replace("TO_ROW", Long.toString(to))
                .replace("LEARNERS", Integer.toString(learners)).replace("COURSES", Integer.toString(courses))
                .replace("LESSONS", Integer.toString(lessons)).replace("VERBS", verbs)
                .replace("AUTHORITY", authority).replace("HOME", HOME);
    }

    /** The keys made in SQL must be the LRS's own: recomputes them with FilterKeys for a sample. */
    void check(int sample) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT filter_keys, statement::text FROM xapi_statement ORDER BY seq DESC LIMIT " + sample)) {
            int checked = 0;
            while (rs.next()) {
                java.util.Set<Object> stored = new java.util.HashSet<>(java.util.Arrays.asList((Object[]) rs.getArray(1).getArray()));
                var json = org.hocvu.lms.xapi.json.XapiJson.parse(rs.getString(2).getBytes(java.nio.charset.StandardCharsets.UTF_8), "statement");
                java.util.Set<Object> lrs = new java.util.HashSet<>(org.hocvu.lms.xapi.statement.FilterKeys.of(json));
                if (!stored.equals(lrs)) {
                    throw new IllegalStateException("filled keys differ from the LRS's: " + stored + " vs " + lrs + " for " + rs.getString(2));
                }
                checked++;
            }
            System.out.println("  fill: keys of " + checked + " statements match FilterKeys");
        }
    }

    private static long scalar(Statement s, String sql) throws SQLException {
        try (var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
