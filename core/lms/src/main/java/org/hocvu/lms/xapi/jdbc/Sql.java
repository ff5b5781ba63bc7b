package org.hocvu.lms.xapi.jdbc;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The JDBC of the xAPI stores, written once: a connection, a statement, its parameters, its rows,
 * and {@link SQLException} turned into {@link SqlFailure} (an {@link IllegalStateException}). Still plain JDBC (the LRS's
 * hot path is measured), only without the repetition.
 * <p>
 * Connections come from Agroal: one taken inside a JTA transaction is enlisted in it (and the same
 * physical connection is shared with Hibernate in that transaction), so its work commits or rolls
 * back with the caller's; it must never be committed or rolled back by hand.
 */
@ApplicationScoped
public class Sql {
    @Inject
    AgroalDataSource db;

    /** Work on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Sets the parameters of a statement. */
    @FunctionalInterface
    public interface Params {
        Params NONE = ps -> {
        };

        void bind(PreparedStatement ps) throws SQLException;
    }

    /** Sets the parameters of a statement for one item of a batch. */
    @FunctionalInterface
    public interface ItemParams<T> {
        void bind(PreparedStatement ps, T item) throws SQLException;
    }

    /** One row to one value. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Work on a connection of its own, outside any transaction unless the caller has one (auto-commit otherwise). */
    public <T> T connection(Work<T> work) {
        try (Connection c = db.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /**
     * Work in the caller's JTA transaction when there is one, else in a transaction of its own that
     * commits when the work returns. A runtime exception rolls back (the caller's transaction too).
     */
    public <T> T transaction(Work<T> work) {
        return QuarkusTransaction.joiningExisting().call(() -> connection(work));
    }

    /** Work in a transaction of its own, whatever the caller has (that one is suspended meanwhile). */
    public <T> T newTransaction(Work<T> work) {
        return QuarkusTransaction.requiringNew().call(() -> connection(work));
    }

    public <T> List<T> query(String sql, Params params, Row<T> row) {
        return connection(c -> query(c, sql, params, row));
    }

    public <T> Optional<T> one(String sql, Params params, Row<T> row) {
        return connection(c -> one(c, sql, params, row));
    }

    public int update(String sql, Params params) {
        return connection(c -> update(c, sql, params));
    }

    public static <T> List<T> query(Connection c, String sql, Params params, Row<T> row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            params.bind(ps);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row.map(rs));
                }
            }
            return rows;
        }
    }

    public static <T> Optional<T> one(Connection c, String sql, Params params, Row<T> row) throws SQLException {
        List<T> rows = query(c, sql, params, row);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public static int update(Connection c, String sql, Params params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            params.bind(ps);
            return ps.executeUpdate();
        }
    }

    /** One statement executed for each item, sent as one JDBC batch; nothing is sent for no items. */
    public static <T> void batch(Connection c, String sql, Collection<T> items, ItemParams<T> params) throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (T item : items) {
                params.bind(ps, item);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
