package org.hocvu.lms.xapi.statement;

import com.fasterxml.jackson.databind.JsonNode;
import org.hocvu.lms.xapi.feed.StatementFeed;
import org.hocvu.lms.xapi.jdbc.Sql;
import org.hocvu.lms.xapi.json.XapiJson;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** The SQL of the statement table: plain JDBC, batched, because this is the hottest path of HọcVụ. */
final class StatementStore {
    record Existing(JsonNode statement, boolean voiding, Set<UUID> keys) {
    }

    /** A statement to insert; its JSON has no stored (and no timestamp when the LRS sets it). */
    record NewRow(UUID id, Set<UUID> keys, UUID voidTarget, String json) {
    }

    /** Rows per INSERT: 4 parameters each, well below the protocol's 32767. */
    private static final int INSERT_CHUNK = 1000;

    /**
     * The writers' shared lock (see StatementFeed) and then the clock: {@code stored} is read on the
     * database's clock only once the lock is held, so a writer is visible in pg_locks before it
     * chooses its stored time (see ConsistencyPoint). Both in the INSERT itself: one round trip.
     */
    private static final String INSERT_HEAD = """
            WITH writers AS MATERIALIZED (SELECT pg_advisory_xact_lock_shared(?)),
                 clock AS MATERIALIZED (SELECT date_trunc('milliseconds', clock_timestamp()) AS stored FROM writers),
                 stamp AS MATERIALIZED (SELECT stored, to_jsonb(to_char(stored AT TIME ZONE 'UTC',
                                               'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) AS text FROM clock),
                 inserted AS (
            INSERT INTO xapi_statement (id, stored, filter_keys, void_target, voiding, voided, statement)
            SELECT v.id, stamp.stored, v.keys, v.target, v.target IS NOT NULL,
                   v.target IS NULL AND EXISTS (SELECT 1 FROM xapi_statement x WHERE x.void_target = v.id),
                   v.statement || jsonb_build_object('stored', stamp.text)
                     || CASE WHEN jsonb_exists(v.statement, 'timestamp') THEN '{}'::jsonb
                             ELSE jsonb_build_object('timestamp', stamp.text) END
            FROM stamp CROSS JOIN (VALUES\s""";

    /**
     * Each inserted statement's filter keys become rows of the key → seq b-tree (see StatementQuery).
     * The last branch runs once every row has its seq: it notes how long the INSERT took since its
     * clock when that is unusually long, which widens the since/until margin (V20_0).
     */
    private static final String INSERT_TAIL = """
            ) AS v (id, keys, target, statement) ON CONFLICT (id) DO NOTHING RETURNING id, seq, filter_keys),
                 keyed AS (INSERT INTO xapi_statement_key (key, seq)
                           SELECT k, inserted.seq FROM inserted CROSS JOIN LATERAL unnest(inserted.filter_keys) AS k)
            SELECT id FROM inserted
            UNION ALL SELECT NULL FROM stamp WHERE xapi_note_skew(stamp.stored)""";

    private StatementStore() {
    }

    static Map<UUID, Existing> existing(Connection c, Collection<UUID> ids) throws SQLException {
        Map<UUID, Existing> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        Sql.query(c, "SELECT id, voiding, filter_keys, statement::text FROM xapi_statement WHERE id = ANY (?)",
                ps -> ps.setArray(1, c.createArrayOf("uuid", ids.toArray())),
                rs -> found.put(rs.getObject(1, UUID.class), new Existing(XapiJson.parse(rs.getBytes(4), "statement"),
                        rs.getBoolean(2), Set.of((UUID[]) rs.getArray(3).getArray()))));
        return found;
    }

    /**
     * Inserts the rows that are new, as one multi-row INSERT per chunk, and returns the ids it
     * inserted: an id the store already has is left alone (its statement is compared by the caller).
     */
    static Set<UUID> insert(Connection c, List<NewRow> rows) throws SQLException {
        Set<UUID> inserted = new HashSet<>();
        for (int from = 0; from < rows.size(); from += INSERT_CHUNK) {
            List<NewRow> chunk = rows.subList(from, Math.min(rows.size(), from + INSERT_CHUNK));
            StringBuilder sql = new StringBuilder(INSERT_HEAD);
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ",").append("(?::uuid, ?::uuid[], ?::uuid, ?::jsonb)");
            }
            sql.append(INSERT_TAIL);
            inserted.addAll(Sql.query(c, sql.toString(), insert -> {
                insert.setLong(1, StatementFeed.WRITERS_LOCK);
                int p = 2;
                for (NewRow row : chunk) {
                    insert.setObject(p++, row.id());
                    insert.setArray(p++, c.createArrayOf("uuid", row.keys().toArray()));
                    insert.setObject(p++, row.voidTarget());
                    insert.setString(p++, row.json());
                }
            }, rs -> rs.getObject(1, UUID.class)));
        }
        return inserted;
    }

    static void markVoided(Connection c, Collection<UUID> targets) throws SQLException {
        if (targets.isEmpty()) {
            return;
        }
        Sql.update(c, "UPDATE xapi_statement SET voided = true WHERE id = ANY (?) AND NOT voiding AND NOT voided",
                ps -> ps.setArray(1, c.createArrayOf("uuid", targets.toArray())));
    }

    static void saveAttachments(Connection c, Map<String, String> contentTypes, Map<String, byte[]> contents) throws SQLException {
        Sql.batch(c, "INSERT INTO xapi_attachment (sha2, content_type, content) VALUES (?, ?, ?) ON CONFLICT (sha2) DO NOTHING",
                contents.entrySet(), (insert, e) -> {
                    insert.setString(1, e.getKey());
                    insert.setString(2, contentTypes.getOrDefault(e.getKey(), "application/octet-stream"));
                    insert.setBytes(3, e.getValue());
                });
    }

    /**
     * Merges definitions into the canonical activities: later properties win, language maps
     * (name, description) gain the new languages. Sorted by id so concurrent batches lock rows in
     * the same order and cannot deadlock.
     */
    static void mergeActivities(Connection c, Map<String, JsonNode> definitions) throws SQLException {
        Sql.batch(c, """
                INSERT INTO xapi_activity (id, definition, updated) VALUES (?, ?::jsonb, now())
                ON CONFLICT (id) DO UPDATE SET updated = now(), definition = xapi_activity.definition || EXCLUDED.definition
                  || CASE WHEN jsonb_exists(xapi_activity.definition, 'name') AND jsonb_exists(EXCLUDED.definition, 'name')
                          THEN jsonb_build_object('name', (xapi_activity.definition -> 'name') || (EXCLUDED.definition -> 'name'))
                          ELSE '{}'::jsonb END
                  || CASE WHEN jsonb_exists(xapi_activity.definition, 'description') AND jsonb_exists(EXCLUDED.definition, 'description')
                          THEN jsonb_build_object('description', (xapi_activity.definition -> 'description') || (EXCLUDED.definition -> 'description'))
                          ELSE '{}'::jsonb END""",
                new TreeSet<>(definitions.keySet()), (upsert, id) -> {
                    upsert.setString(1, id);
                    upsert.setString(2, XapiJson.text(definitions.get(id)));
                });
    }
}
