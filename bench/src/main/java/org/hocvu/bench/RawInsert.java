package org.hocvu.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hocvu.lms.xapi.json.XapiJson;
import org.hocvu.lms.xapi.statement.FilterKeys;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The baseline: the rows the LRS would store (same columns, same filter keys, same JSON), inserted
 * with plain JDBC multi-row inserts into the same tables (the statement and its key → seq rows),
 * nothing else (no HTTP, validation or checks).
 */
final class RawInsert {
    private static final String AUTHORITY = "{\"objectType\":\"Agent\",\"name\":\"bench\",\"account\":"
            + "{\"homePage\":\"" + StatementGenerator.HOME + "\",\"name\":\"raw\"}}";
    private final String url;
    private final String user;
    private final String password;

    record Row(UUID id, Instant stored, Set<UUID> keys, String json) {
    }

    RawInsert(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** What the LRS would make of a generated statement, prepared outside any timing. */
    static Row row(String statement) {
        ObjectNode s = (ObjectNode) XapiJson.parse(statement.getBytes(StandardCharsets.UTF_8), "statement");
        Instant stored = Instant.now();
        s.put("stored", stored.toString());
        s.put("version", "1.0.0");
        s.set("authority", XapiJson.parse(AUTHORITY.getBytes(StandardCharsets.UTF_8), "authority"));
        return new Row(UUID.fromString(s.get("id").asText()), stored, FilterKeys.of(s), XapiJson.text(s));
    }

    /** Inserts the rows in batches from {@code clients} connections; returns the nanoseconds taken. */
    long insert(List<Row> rows, int batchSize, int clients) throws Exception {
        AtomicInteger next = new AtomicInteger();
        int batches = (rows.size() + batchSize - 1) / batchSize;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    try (Connection conn = connect()) {
                        conn.setAutoCommit(false);
                        for (int b = next.getAndIncrement(); b < batches; b = next.getAndIncrement()) {
                            List<Row> batch = rows.subList(b * batchSize, Math.min(rows.size(), (b + 1) * batchSize));
                            try (PreparedStatement ps = conn.prepareStatement(insertSql(batch.size()))) {
                                int p = 1;
                                for (Row r : batch) {
                                    ps.setObject(p++, r.id());
                                    ps.setTimestamp(p++, Timestamp.from(r.stored()));
                                    ps.setArray(p++, conn.createArrayOf("uuid", r.keys().toArray()));
                                    ps.setString(p++, r.json());
                                }
                                ps.execute();
                            }
                            conn.commit();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return System.nanoTime() - start;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One multi-row insert of statements and their key → seq rows, as the LRS stores them. */
    private static String insertSql(int rows) {
        StringBuilder sql = new StringBuilder("WITH inserted AS (INSERT INTO xapi_statement (id, stored, filter_keys, voiding, statement) VALUES ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ",").append("(?, ?, ?, false, ?::jsonb)");
        }
        return sql.append(" RETURNING seq, filter_keys) INSERT INTO xapi_statement_key (key, seq) ")
                .append("SELECT k, inserted.seq FROM inserted CROSS JOIN LATERAL unnest(inserted.filter_keys) AS k").toString();
    }

    /** The first and last stored time of the store, to draw since/until values from. */
    Instant[] storedRange() throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("SELECT min(stored), max(stored) FROM xapi_statement");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new Instant[] {rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()};
        }
    }

    long count() throws SQLException {
        return scalar("SELECT count(*) FROM xapi_statement");
    }

    /** Table, TOAST and every index of the statement table, in bytes. */
    long totalBytes() throws SQLException {
        return scalar("SELECT pg_total_relation_size('xapi_statement') + pg_total_relation_size('xapi_statement_key')");
    }

    /** Where the bytes are: the statement table (heap, TOAST, indexes) and the key table. */
    String sizes() throws SQLException {
        return String.format(java.util.Locale.ROOT, "statements %.0f MiB, of which indexes %.0f MiB; keys %.0f MiB, of which index %.0f MiB",
                scalar("SELECT pg_total_relation_size('xapi_statement')") / 1048576.0,
                scalar("SELECT pg_indexes_size('xapi_statement')") / 1048576.0,
                scalar("SELECT pg_total_relation_size('xapi_statement_key')") / 1048576.0,
                scalar("SELECT pg_indexes_size('xapi_statement_key')") / 1048576.0);
    }

    void analyze() throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("VACUUM ANALYZE xapi_statement, xapi_statement_key")) {
            ps.execute();
        }
    }

    private long scalar(String sql) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true", user, password);
    }
}
