package org.hocvu.lms.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Changes to the daily counts, gathered for a batch and written in key order (two feeds write
 * counts concurrently; one order means no deadlock), rows that fall to zero removed.
 */
@ApplicationScoped
class Tally {
    @Inject
    EntityManager em;
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
        java.util.Set<String> paths = new java.util.HashSet<>();
        changes.deltas.forEach((key, delta) -> {
            if (delta != 0) {
                paths.add(key.unitPath());
            }
        });
        if (!paths.isEmpty()) {
            cache.changedUnder(paths);
        }
        changes.deltas.forEach((key, delta) -> {
            if (delta == 0) {
                return;
            }
            em.createNativeQuery("""
                            INSERT INTO campaign_daily_count (unit_code, unit_path, group_id, indicator_id, day, learners)
                            VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                            ON CONFLICT (unit_code, group_id, indicator_id, day)
                            DO UPDATE SET learners = campaign_daily_count.learners + EXCLUDED.learners""")
                    .setParameter(1, key.unitCode()).setParameter(2, key.unitPath()).setParameter(3, key.group())
                    .setParameter(4, key.indicator()).setParameter(5, key.day()).setParameter(6, delta)
                    .executeUpdate();
            if (delta < 0) {
                em.createNativeQuery("""
                                DELETE FROM campaign_daily_count WHERE unit_code = ?1 AND group_id = ?2
                                AND indicator_id = ?3 AND day = ?4 AND learners = 0""")
                        .setParameter(1, key.unitCode()).setParameter(2, key.group()).setParameter(3, key.indicator())
                        .setParameter(4, key.day()).executeUpdate();
            }
        });
    }
}
