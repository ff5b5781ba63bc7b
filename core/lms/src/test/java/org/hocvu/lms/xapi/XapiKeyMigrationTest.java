package org.hocvu.lms.xapi;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * V14_0 moves the filter keys of a store written before it into the key → seq b-tree: every
 * statement keeps its seq (the feed's order), each of its keys becomes a row, and queries find
 * the old statements. Run in a schema of its own, migrated first only up to 7.0.
 */
@QuarkusTest
class XapiKeyMigrationTest {
    private static final String SCHEMA = "lrs_before_keys";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void statementsStoredBeforeTheKeyTableKeepTheirSeqAndAreFoundByEveryKey() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
        flyway("7.0").migrate();
        List<UUID> ids = new ArrayList<>();
        List<UUID> shared = List.of(UUID.randomUUID());
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO " + SCHEMA + ".xapi_statement (id, stored, filter_keys, statement) VALUES (?, now(), ?, '{}'::jsonb)")) {
            for (int i = 0; i < 30; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                insert.setObject(1, id);
                insert.setArray(2, c.createArrayOf("uuid", new Object[] {shared.get(0), key(i % 3), key(100 + i)}));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        List<Long> seqBefore = seqs("SELECT seq FROM " + SCHEMA + ".xapi_statement ORDER BY seq");

        flyway(null).migrate();

        assertEquals(seqBefore, seqs("SELECT seq FROM " + SCHEMA + ".xapi_statement ORDER BY seq"), "every statement keeps its seq");
        assertEquals(90L, seqs("SELECT count(*) FROM " + SCHEMA + ".xapi_statement_key").get(0), "one row per statement and key");
        assertEquals(seqBefore, page(shared.get(0), true), "the shared key finds every statement in seq order");
        assertEquals(seqBefore.subList(10, 11), page(key(110), true), "a rare key finds its one statement");
        assertEquals(10, page(key(1), false).size());
        assertFalse(indexExists("xapi_statement_filter_idx"), "the GIN index is gone");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
        }
    }

    private Flyway flyway(String target) {
        var config = Flyway.configure().dataSource(dataSource).schemas(SCHEMA).createSchemas(true)
                .locations("classpath:db/migration");
        return (target == null ? config : config.target(target)).load();
    }

    /** The function as the LRS calls it, with the old schema first on the path for this transaction only. */
    private List<Long> page(UUID key, boolean ascending) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement path = c.createStatement(); PreparedStatement ps = c.prepareStatement(
                    "SELECT page FROM xapi_statement_page(?, 0, 9223372036854775807, ?, NULL, NULL, 1000) AS page")) {
                path.execute("SET LOCAL search_path TO " + SCHEMA);
                ps.setArray(1, c.createArrayOf("uuid", new Object[] {key}));
                ps.setBoolean(2, ascending);
                List<Long> seqs = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        seqs.add(rs.getLong(1));
                    }
                }
                return seqs;
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    private List<Long> seqs(String query) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            List<Long> seqs = new ArrayList<>();
            while (rs.next()) {
                seqs.add(rs.getLong(1));
            }
            return seqs;
        }
    }

    private boolean indexExists(String name) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM pg_indexes WHERE schemaname = ? AND indexname = ?")) {
            ps.setString(1, SCHEMA);
            ps.setString(2, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static UUID key(int n) {
        return UUID.nameUUIDFromBytes(("test|" + n).getBytes());
    }
}
