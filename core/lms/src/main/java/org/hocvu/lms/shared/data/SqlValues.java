package org.hocvu.lms.shared.data;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native query results as Java types, whichever type the JDBC driver and Hibernate chose. */
public final class SqlValues {
    private SqlValues() {
    }

    /** A {@code timestamptz} column (Instant, OffsetDateTime or Timestamp) as an Instant; null stays null. */
    public static Instant instant(Object column) {
        if (column instanceof Instant i) {
            return i;
        }
        if (column instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (column instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return column == null ? null : Instant.parse(column.toString());
    }
}
