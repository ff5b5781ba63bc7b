package org.hocvu.lms.xapi.statement;

import com.fasterxml.jackson.databind.JsonNode;
import org.hocvu.lms.xapi.json.XapiJson;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The SQL of the statement table: plain JDBC, batched, because this is the hottest path of HọcVụ. */
final class StatementStore {
    record Existing(JsonNode statement, boolean voiding, Set<UUID> keys) {
    }

    record NewRow(UUID id, Instant stored, Set<UUID> keys, UUID voidTarget, String json) {
    }

    /** Rows per INSERT: 5 parameters each, well below the protocol's 32767. */
    private static final int INSERT_CHUNK = 1000;

    private StatementStore() {
    }

    static Map<UUID, Existing> existing(Connection c, Collection<UUID> ids) throws SQLException {
        Map<UUID, Existing> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        try (PreparedStatement q = c.prepareStatement(
                "SELECT id, voiding, filter_keys, statement::text FROM xapi_statement WHERE id = ANY (?)")) {
            q.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    UUID[] keys = (UUID[]) rs.getArray(3).getArray();
                    found.put(rs.getObject(1, UUID.class), new Existing(XapiJson.parse(rs.getBytes(4), "statement"),
                            rs.getBoolean(2), Set.of(keys)));
                }
            }
        }
        return found;
    }

    /**
     * Inserts the rows that are new, as one multi-row INSERT per chunk, and returns the ids it
     * inserted: an id the store already has is left alone (its statement is compared by the caller).
     */
    static Set<UUID> insert(Connection c, List<NewRow> rows) throws SQLException {
        Set<UUID> inserted = new java.util.HashSet<>();
        for (int from = 0; from < rows.size(); from += INSERT_CHUNK) {
            List<NewRow> chunk = rows.subList(from, Math.min(rows.size(), from + INSERT_CHUNK));
            // the writers' shared lock (see StatementFeed) is taken by the same statement, before
            // any row (and so any seq) is made: one round trip instead of two
            StringBuilder sql = new StringBuilder("""
                    WITH writers AS MATERIALIZED (SELECT pg_advisory_xact_lock_shared(?))
                    INSERT INTO xapi_statement (id, stored, filter_keys, void_target, voiding, voided, statement)
                    SELECT v.id, v.stored, v.keys, v.target, v.target IS NOT NULL,
                           v.target IS NULL AND EXISTS (SELECT 1 FROM xapi_statement x WHERE x.void_target = v.id),
                           v.statement
                    FROM writers CROSS JOIN (VALUES """);
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ",").append("(?::uuid, ?::timestamptz, ?::uuid[], ?::uuid, ?::jsonb)");
            }
            sql.append(") AS v (id, stored, keys, target, statement) ON CONFLICT (id) DO NOTHING RETURNING id");
            try (PreparedStatement insert = c.prepareStatement(sql.toString())) {
                insert.setLong(1, org.hocvu.lms.xapi.feed.StatementFeed.WRITERS_LOCK);
                int p = 2;
                for (NewRow row : chunk) {
                    insert.setObject(p++, row.id());
                    insert.setTimestamp(p++, Timestamp.from(row.stored()));
                    insert.setArray(p++, c.createArrayOf("uuid", row.keys().toArray()));
                    insert.setObject(p++, row.voidTarget());
                    insert.setString(p++, row.json());
                }
                try (ResultSet rs = insert.executeQuery()) {
                    while (rs.next()) {
                        inserted.add(rs.getObject(1, UUID.class));
                    }
                }
            }
        }
        return inserted;
    }

    static void markVoided(Connection c, Collection<UUID> targets) throws SQLException {
        if (targets.isEmpty()) {
            return;
        }
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE xapi_statement SET voided = true WHERE id = ANY (?) AND NOT voiding AND NOT voided")) {
            update.setArray(1, c.createArrayOf("uuid", targets.toArray()));
            update.executeUpdate();
        }
    }

    static void saveAttachments(Connection c, Map<String, String> contentTypes, Map<String, byte[]> contents) throws SQLException {
        if (contents.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO xapi_attachment (sha2, content_type, content) VALUES (?, ?, ?) ON CONFLICT (sha2) DO NOTHING")) {
            for (var e : contents.entrySet()) {
                insert.setString(1, e.getKey());
                insert.setString(2, contentTypes.getOrDefault(e.getKey(), "application/octet-stream"));
                insert.setBytes(3, e.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Merges definitions into the canonical activities: later properties win, language maps
     * (name, description) gain the new languages. Sorted by id so concurrent batches lock rows in
     * the same order and cannot deadlock.
     */
    static void mergeActivities(Connection c, Map<String, JsonNode> definitions) throws SQLException {
        if (definitions.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = c.prepareStatement("""
                INSERT INTO xapi_activity (id, definition, updated) VALUES (?, ?::jsonb, now())
                ON CONFLICT (id) DO UPDATE SET updated = now(), definition = xapi_activity.definition || EXCLUDED.definition
                  || CASE WHEN jsonb_exists(xapi_activity.definition, 'name') AND jsonb_exists(EXCLUDED.definition, 'name')
                          THEN jsonb_build_object('name', (xapi_activity.definition -> 'name') || (EXCLUDED.definition -> 'name'))
                          ELSE '{}'::jsonb END
                  || CASE WHEN jsonb_exists(xapi_activity.definition, 'description') AND jsonb_exists(EXCLUDED.definition, 'description')
                          THEN jsonb_build_object('description', (xapi_activity.definition -> 'description') || (EXCLUDED.definition -> 'description'))
                          ELSE '{}'::jsonb END""")) {
            for (String id : new java.util.TreeSet<>(definitions.keySet())) {
                upsert.setString(1, id);
                upsert.setString(2, XapiJson.text(definitions.get(id)));
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }
}
