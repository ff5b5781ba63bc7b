package org.hocvu.lms.roster;

import java.util.Collection;

/** PostgreSQL array literals for {@code unnest(CAST(? AS text[]))}: many rows in one statement. */
final class PgArrays {
    private PgArrays() {
    }

    static String text(Collection<String> values) {
        StringBuilder out = new StringBuilder("{");
        for (String v : values) {
            if (out.length() > 1) {
                out.append(',');
            }
            if (v == null) {
                out.append("NULL");
            } else {
                out.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        }
        return out.append('}').toString();
    }

    static String ints(Collection<Integer> values) {
        StringBuilder out = new StringBuilder("{");
        for (Integer v : values) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(v);
        }
        return out.append('}').toString();
    }
}
