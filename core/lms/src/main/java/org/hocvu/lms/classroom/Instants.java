package org.hocvu.lms.classroom;

import java.text.Collator;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Locale;

/** Small helpers: a timestamp column as an Instant, names in Vietnamese alphabetical order. */
final class Instants {
    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));
    static final Comparator<String> VIETNAMESE_ORDER = Comparator.nullsLast(VIETNAMESE::compare);

    private Instants() {
    }

    static Instant of(Object column) {
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
