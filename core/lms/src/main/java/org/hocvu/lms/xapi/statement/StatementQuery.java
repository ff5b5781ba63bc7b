package org.hocvu.lms.xapi.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.jdbc.Sql;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Reading statements: one by id, or a filtered page in stored order (seq). */
@ApplicationScoped
public class StatementQuery {
    @Inject
    Sql sql;

    public record Row(long seq, Instant stored, String json) {
    }

    /**
     * What a statement list is filtered by; null fields do not filter. A statement matches when it
     * carries every key, or, if {@code orReferencing} is set, every key of that set instead.
     */
    public record Filter(Set<UUID> keys, Set<UUID> orReferencing, Instant since, Instant until, Long after,
                         boolean ascending, int limit) {
        Filter withKeys(Set<UUID> other) {
            return new Filter(other, null, since, until, after, ascending, limit);
        }
    }

    public Optional<Row> one(UUID id, boolean voided) {
        return run("SELECT seq, stored, statement::text FROM xapi_statement WHERE id = ? AND voided = ?",
                ps -> {
                    ps.setObject(1, id);
                    ps.setBoolean(2, voided);
                }).stream().findFirst();
    }

    /**
     * Up to limit + 1 rows, so the caller knows whether there is a next page. The cost follows the
     * page and the matching rows, never the store: keys are intersected over their (key, seq)
     * b-trees by xapi_statement_page, since/until become a seq range by one descent each of the
     * stored index (V14_0__xapi_statement_keys.sql), and no plan depends on a guessed selectivity.
     */
    public List<Row> page(Filter f) {
        if (f.orReferencing() == null) {
            return pageOf(f);
        }
        // the union of two pages in seq order, each already at most limit + 1 long
        TreeMap<Long, Row> union = new TreeMap<>(f.ascending() ? Comparator.<Long>naturalOrder() : Comparator.<Long>reverseOrder());
        pageOf(f.withKeys(f.keys())).forEach(row -> union.put(row.seq(), row));
        pageOf(f.withKeys(f.orReferencing())).forEach(row -> union.put(row.seq(), row));
        return union.values().stream().limit(f.limit() + 1L).toList();
    }

    private List<Row> pageOf(Filter f) {
        // the seq range [low, high]: each bound an SQL expression and its parameters, in text order
        List<Object> params = new ArrayList<>();
        String low = "0";
        if (f.since() != null) {
            low = "xapi_seq_lower_bound(?)";
            params.add(Timestamp.from(f.since()));
        }
        if (f.after() != null && f.ascending()) {
            low = "GREATEST(" + low + ", ?)";
            params.add(f.after() + 1);
        }
        String high = String.valueOf(Long.MAX_VALUE);
        if (f.until() != null) {
            high = "xapi_seq_upper_bound(?)";
            params.add(Timestamp.from(f.until()));
        }
        if (f.after() != null && !f.ascending()) {
            high = "LEAST(" + high + ", ?)";
            params.add(f.after() - 1);
        }
        String query;
        if (f.keys().isEmpty()) {
            query = "SELECT seq, stored, statement::text FROM xapi_statement WHERE NOT voided AND seq >= " + low
                    + " AND seq <= " + high + (f.since() != null ? " AND stored > ?" : "")
                    + (f.until() != null ? " AND stored <= ?" : "")
                    + " ORDER BY seq " + (f.ascending() ? "ASC" : "DESC") + " LIMIT ?";
        } else {
            query = "SELECT s.seq, s.stored, s.statement::text FROM xapi_statement_page(?, " + low + ", " + high
                    + ", ?, ?, ?, ?) WITH ORDINALITY AS page (seq, n) JOIN xapi_statement s ON s.seq = page.seq ORDER BY page.n";
        }
        return run(query, ps -> {
            int i = 1;
            if (!f.keys().isEmpty()) {
                ps.setArray(i++, ps.getConnection().createArrayOf("uuid", f.keys().toArray()));
            }
            for (Object param : params) {
                ps.setObject(i++, param);
            }
            if (!f.keys().isEmpty()) {
                ps.setBoolean(i++, f.ascending());
                ps.setTimestamp(i++, f.since() == null ? null : Timestamp.from(f.since()));
                ps.setTimestamp(i++, f.until() == null ? null : Timestamp.from(f.until()));
            } else {
                if (f.since() != null) {
                    ps.setTimestamp(i++, Timestamp.from(f.since()));
                }
                if (f.until() != null) {
                    ps.setTimestamp(i++, Timestamp.from(f.until()));
                }
            }
            ps.setInt(i, f.limit() + 1);
        });
    }

    private List<Row> run(String query, Sql.Params params) {
        return sql.query(query, params, rs -> new Row(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3)));
    }
}
