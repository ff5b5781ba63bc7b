package org.hocvu.lms.xapi;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * since/until become a seq range with a margin for inserts whose clock was read long before their
 * rows took a seq (V20_0). A slow insert that the store has not noted would hide a statement from
 * a "since" query; once noted, the margin covers it. Run in a schema of its own, so the margins of
 * the other tests' inserts do not change what this one sees.
 */
@QuarkusTest
class XapiStoredSkewTest {
    private static final String SCHEMA = "lrs_stored_skew";

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void drop() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @Test
    void aSlowInsertWidensTheSinceMarginSoThatNoStatementIsLost() throws SQLException {
        drop();
        Flyway.configure().dataSource(dataSource).schemas(SCHEMA).createSchemas(true)
                .locations("classpath:db/migration").load().migrate();
        Instant now = Instant.now();
        UUID key = UUID.randomUUID();
        // R read its clock 10 s ago and took its seq at once; Q read its clock 40 s ago but took its
        // seq only after R (its INSERT was stalled): stored and seq orders disagree by 30 s
        long r = insert(now.minusSeconds(10), key);
        long q = insert(now.minusSeconds(40), key);
        Instant since = now.minusSeconds(20);

        assertEquals(List.of(q + 1), sql("SELECT xapi_seq_lower_bound(?)", since),
                "with the 10 ms margin the bound starts after Q");
        assertEquals(List.of(), sql("SELECT xapi_statement_page(ARRAY['" + key + "'::uuid], xapi_seq_lower_bound(?), "
                + "9223372036854775807, false, NULL, NULL, 10)", since), "so R, stored after since, would be missed");

        // Q's INSERT notes its delay when it ends: 40 s (the test's clock stands for its last seq)
        sql("SELECT xapi_note_skew(?)", now.minusSeconds(40));
        long during = sql("SELECT (extract(epoch FROM xapi_skew_margin(?)) * 1000)::bigint", since).get(0);
        assertTrue(during >= 39_000, "the margin at a time Q's insert was running is its delay: " + during + " ms");
        assertEquals(List.of(10L), sql("SELECT (extract(epoch FROM xapi_skew_margin(?)) * 1000)::bigint", now.minusSeconds(60)),
                "before Q read its clock the margin stays 10 ms");

        assertEquals(List.of(r), sql("SELECT xapi_statement_page(ARRAY['" + key + "'::uuid], xapi_seq_lower_bound(?), "
                + "9223372036854775807, false, ?, NULL, 10)", since, since), "the noted delay brings R back, and only R");
        assertEquals(List.of(q), sql("SELECT xapi_statement_page(ARRAY['" + key + "'::uuid], 0, xapi_seq_upper_bound(?), "
                + "false, NULL, ?, 10)", since, since), "until finds Q, stored before it, though its seq is after R's");
    }

    private long insert(Instant stored, UUID key) throws SQLException {
        List<Long> seq = sql("WITH s AS (INSERT INTO xapi_statement (id, stored, filter_keys, statement) "
                + "VALUES ('" + UUID.randomUUID() + "', ?, ARRAY['" + key + "'::uuid], '{}'::jsonb) RETURNING seq) "
                + "INSERT INTO xapi_statement_key (key, seq) SELECT '" + key + "', seq FROM s RETURNING seq", stored);
        return seq.get(0);
    }

    /** Runs a query in the test's schema; the timestamps are its parameters, the first column its answer. */
    private List<Long> sql(String query, Instant... times) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement path = c.createStatement(); PreparedStatement ps = c.prepareStatement(query)) {
                path.execute("SET LOCAL search_path TO " + SCHEMA);
                for (int i = 0; i < times.length; i++) {
                    ps.setTimestamp(i + 1, Timestamp.from(times[i]));
                }
                List<Long> values = new ArrayList<>();
                if (ps.execute()) {
                    try (ResultSet rs = ps.getResultSet()) {
                        while (rs.next()) {
                            if (rs.getObject(1) instanceof Number n) {
                                values.add(n.longValue());
                            }
                        }
                    }
                }
                c.commit();
                return values;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}
