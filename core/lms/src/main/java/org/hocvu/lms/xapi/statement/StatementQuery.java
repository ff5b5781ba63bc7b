package org.hocvu.lms.xapi.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.jdbc.Sql;

import java.sql.Timestamp;
import java.time.Instant;
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

    /** What a statement list is filtered by; null fields do not filter. */
    public record Filter(Set<UUID> keys, Instant since, Instant until, Long after, boolean ascending, int limit) {
    }

    public Optional<Row> one(UUID id, boolean voided) {
        return run("SELECT seq, stored, statement::text FROM xapi_statement WHERE id = ? AND voided = ?",
                ps -> {
                    ps.setObject(1, id);
                    ps.setBoolean(2, voided);
                }).stream().findFirst();
    }

    /** Up to limit + 1 rows, so the caller knows whether there is a next page. */
    public List<Row> page(Filter f) {
        StringBuilder query = new StringBuilder("SELECT seq, stored, statement::text FROM xapi_statement WHERE NOT voided");
        if (!f.keys().isEmpty()) {
            query.append(" AND filter_keys @> ?");
        }
        if (f.since() != null) {
            query.append(" AND stored > ?");
        }
        if (f.until() != null) {
            query.append(" AND stored <= ?");
        }
        if (f.after() != null) {
            query.append(f.ascending() ? " AND seq > ?" : " AND seq < ?");
        }
        query.append(" ORDER BY seq ").append(f.ascending() ? "ASC" : "DESC").append(" LIMIT ?");
        return run(query.toString(), ps -> {
            int i = 1;
            if (!f.keys().isEmpty()) {
                ps.setArray(i++, ps.getConnection().createArrayOf("uuid", f.keys().toArray()));
            }
            if (f.since() != null) {
                ps.setTimestamp(i++, Timestamp.from(f.since()));
            }
            if (f.until() != null) {
                ps.setTimestamp(i++, Timestamp.from(f.until()));
            }
            if (f.after() != null) {
                ps.setLong(i++, f.after());
            }
            ps.setInt(i, f.limit() + 1);
        });
    }

    private List<Row> run(String query, Sql.Params params) {
        return sql.query(query, params, rs -> new Row(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3)));
    }
}
