package org.hocvu.lms.shared.feed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The two steps every durable feed (xAPI statements, domain events) shares. Rows get their sequence
 * number before commit, so a later number can commit first; writers hold an advisory lock shared
 * until commit, and {@link #horizon} takes it exclusively for an instant, so every number at or
 * below the horizon it returns is committed or rolled back, never in flight. Each consumer's
 * position is a row locked while it is fed, so one node at a time feeds a consumer.
 * Table and sequence names are the callers' constants, never input.
 */
public final class FeedPositions {
    private FeedPositions() {
    }

    /**
     * The highest sequence number below which nothing is in flight. Run it in a transaction of its
     * own and end that at once: the exclusive lock it takes is held until then.
     */
    public static long horizon(Connection c, long writersLock, String sequence) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)");
             PreparedStatement last = c.prepareStatement(
                     "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM " + sequence)) {
            lock.setLong(1, writersLock);
            lock.execute();
            try (ResultSet rs = last.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The consumer's position, locked until the transaction ends; -1 when another node feeds it now. */
    public static long lockCursor(Connection c, String cursorTable, String consumer) throws SQLException {
        try (PreparedStatement create = c.prepareStatement(
                "INSERT INTO " + cursorTable + " (consumer) VALUES (?) ON CONFLICT (consumer) DO NOTHING")) {
            create.setString(1, consumer);
            create.executeUpdate();
        }
        try (PreparedStatement q = c.prepareStatement(
                "SELECT position FROM " + cursorTable + " WHERE consumer = ? FOR UPDATE SKIP LOCKED")) {
            q.setString(1, consumer);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    public static void move(Connection c, String cursorTable, String consumer, long position) throws SQLException {
        try (PreparedStatement move = c.prepareStatement(
                "UPDATE " + cursorTable + " SET position = ?, updated = now() WHERE consumer = ?")) {
            move.setLong(1, position);
            move.setString(2, consumer);
            move.executeUpdate();
        }
    }
}
