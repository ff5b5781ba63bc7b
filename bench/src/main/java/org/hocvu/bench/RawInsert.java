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
 * with plain JDBC batches into the same table, nothing else (no HTTP, validation or checks).
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
                    try (Connection conn = connect(); PreparedStatement ps = conn.prepareStatement(
                            "INSERT INTO xapi_statement (id, stored, filter_keys, voiding, statement) VALUES (?, ?, ?, false, ?::jsonb)")) {
                        conn.setAutoCommit(false);
                        for (int b = next.getAndIncrement(); b < batches; b = next.getAndIncrement()) {
                            for (Row r : rows.subList(b * batchSize, Math.min(rows.size(), (b + 1) * batchSize))) {
                                ps.setObject(1, r.id());
                                ps.setTimestamp(2, Timestamp.from(r.stored()));
                                ps.setArray(3, conn.createArrayOf("uuid", r.keys().toArray()));
                                ps.setString(4, r.json());
                                ps.addBatch();
                            }
                            ps.executeBatch();
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

    long count() throws SQLException {
        return scalar("SELECT count(*) FROM xapi_statement");
    }

    /** Table, TOAST and every index of the statement table, in bytes. */
    long totalBytes() throws SQLException {
        return scalar("SELECT pg_total_relation_size('xapi_statement')");
    }

    void analyze() throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("VACUUM ANALYZE xapi_statement")) {
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
