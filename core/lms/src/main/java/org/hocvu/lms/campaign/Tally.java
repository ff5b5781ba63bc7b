package org.hocvu.lms.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.jdbc.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Changes to the daily counts, gathered for a batch and written in key order (two feeds write
 * counts concurrently; one order means no deadlock), rows that fall to zero removed.
 */
@ApplicationScoped
class Tally {
    @Inject
    Sql sql;
    @Inject
    ProgressCache cache;

    /** One count row's key. */
    record Key(String unitCode, String unitPath, String group, String indicator, LocalDate day) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return java.util.Comparator.comparing(Key::unitCode).thenComparing(Key::group).thenComparing(Key::indicator)
                    .thenComparing(Key::day).compare(this, o);
        }
    }

    /** Deltas of one batch. */
    static final class Changes {
        private final Map<Key, Integer> deltas = new TreeMap<>();

        void add(Roster.Place place, String group, String indicator, LocalDate day, int delta) {
            if (place.unitCode() == null || day == null) {
                return;
            }
            deltas.merge(new Key(place.unitCode(), place.unitPath(), group, indicator, day), delta, Integer::sum);
        }
    }

    void apply(Changes changes) {
        sql.transaction(c -> {
            apply(c, changes);
            return null;
        });
    }

    /** The batch's deltas in two statements, in key order: every count moved, then the counts that fell to zero removed. */
    void apply(Connection c, Changes changes) throws SQLException {
        List<Map.Entry<Key, Integer>> moved = changes.deltas.entrySet().stream().filter(e -> e.getValue() != 0).toList();
        if (moved.isEmpty()) {
            return;
        }
        cache.changedUnder(moved.stream().map(e -> e.getKey().unitPath()).collect(java.util.stream.Collectors.toSet()));
        Sql.update(c, """
                INSERT INTO campaign_daily_count (unit_code, unit_path, group_id, indicator_id, day, learners)
                SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::date[], ?::int[])
                ON CONFLICT (unit_code, group_id, indicator_id, day)
                DO UPDATE SET learners = campaign_daily_count.learners + EXCLUDED.learners""", ps -> {
            keyColumns(c, ps, moved);
            ps.setArray(6, c.createArrayOf("int4", moved.stream().map(Map.Entry::getValue).toArray()));
        });
        List<Map.Entry<Key, Integer>> fell = moved.stream().filter(e -> e.getValue() < 0).toList();
        if (!fell.isEmpty()) {
            Sql.update(c, """
                    DELETE FROM campaign_daily_count d
                     USING unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::date[]) AS k (unit_code, unit_path, group_id, indicator_id, day)
                     WHERE d.unit_code = k.unit_code AND d.group_id = k.group_id AND d.indicator_id = k.indicator_id
                       AND d.day = k.day AND d.learners = 0""", ps -> keyColumns(c, ps, fell));
        }
    }

    private static void keyColumns(Connection c, PreparedStatement ps, List<Map.Entry<Key, Integer>> rows) throws SQLException {
        ps.setArray(1, c.createArrayOf("text", rows.stream().map(e -> e.getKey().unitCode()).toArray()));
        ps.setArray(2, c.createArrayOf("text", rows.stream().map(e -> e.getKey().unitPath()).toArray()));
        ps.setArray(3, c.createArrayOf("text", rows.stream().map(e -> e.getKey().group()).toArray()));
        ps.setArray(4, c.createArrayOf("text", rows.stream().map(e -> e.getKey().indicator()).toArray()));
        ps.setArray(5, c.createArrayOf("date", rows.stream().map(e -> java.sql.Date.valueOf(e.getKey().day())).toArray()));
    }
}
