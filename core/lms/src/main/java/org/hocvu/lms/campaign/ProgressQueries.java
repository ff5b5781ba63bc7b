package org.hocvu.lms.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The dashboard's reads: counts and baselines of a unit's subtree, by prefix of the unit path. */
@ApplicationScoped
class ProgressQueries {
    @Inject
    EntityManager em;

    /** Learners per indicator key and month ("YYYY-MM") under the path, up to {@code end}. */
    Map<String, TreeMap<String, Long>> monthly(String path, LocalDate end) {
        Map<String, TreeMap<String, Long>> byKey = new HashMap<>();
        for (Object r : em.createNativeQuery("""
                        SELECT group_id, indicator_id, to_char(day, 'YYYY-MM'), sum(learners) FROM campaign_daily_count
                        WHERE unit_path LIKE ?1 AND day <= ?2 GROUP BY 1, 2, 3""")
                .setParameter(1, RosterFeeds.like(path)).setParameter(2, end).getResultList()) {
            Object[] row = (Object[]) r;
            byKey.computeIfAbsent(row[0] + "/" + row[1], k -> new TreeMap<>()).put((String) row[2], ((Number) row[3]).longValue());
        }
        return byKey;
    }

    /** Learners per child unit code (of the unit at {@code path}) and indicator key, up to {@code end}. */
    Map<String, Map<String, Long>> byChild(String path, LocalDate end) {
        Map<String, Map<String, Long>> byChild = new HashMap<>();
        for (Object r : em.createNativeQuery("""
                        SELECT split_part(substr(unit_path, ?3), '/', 1), group_id, indicator_id, sum(learners)
                        FROM campaign_daily_count WHERE unit_path LIKE ?1 AND unit_path <> ?4 AND day <= ?2
                        GROUP BY 1, 2, 3""")
                .setParameter(1, RosterFeeds.like(path)).setParameter(2, end).setParameter(3, path.length() + 1)
                .setParameter(4, path).getResultList()) {
            Object[] row = (Object[]) r;
            byChild.computeIfAbsent((String) row[0], k -> new HashMap<>()).put(row[1] + "/" + row[2], ((Number) row[3]).longValue());
        }
        return byChild;
    }

    /** Every baseline row under the path for the year: unit path → group → population. */
    Map<String, Map<String, Long>> baselines(String path, int year) {
        Map<String, Map<String, Long>> byPath = new HashMap<>();
        for (Object r : em.createNativeQuery("""
                        SELECT unit_path, group_id, population FROM campaign_baseline
                        WHERE year = ?1 AND unit_path LIKE ?2""")
                .setParameter(1, (short) year).setParameter(2, RosterFeeds.like(path)).getResultList()) {
            Object[] row = (Object[]) r;
            byPath.computeIfAbsent((String) row[0], k -> new HashMap<>()).put((String) row[1], ((Number) row[2]).longValue());
        }
        return byPath;
    }

    /**
     * A unit's population of a group (or any figure by key): its own when it has one, else the sum
     * of the units below it (each by the same rule); null when nothing under it has one.
     */
    static Long denominator(Map<String, Map<String, Long>> baselines, String path, String group) {
        Map<String, Long> own = baselines.get(path);
        if (own != null && own.containsKey(group)) {
            return own.get(group);
        }
        Map<String, Boolean> children = new TreeMap<>();
        for (String p : baselines.keySet()) {
            if (p.length() > path.length() && p.startsWith(path)) {
                children.put(p.substring(0, p.indexOf('/', path.length()) + 1), Boolean.TRUE);
            }
        }
        Long sum = null;
        for (String child : children.keySet()) {
            Long d = denominator(baselines, child, group);
            if (d != null) {
                sum = (sum == null ? 0 : sum) + d;
            }
        }
        return sum;
    }

    /** One unit's latest imported figure of a group up to a day. */
    record ImportedRow(String path, String group, String figure, long value, String source, LocalDate asOf, boolean viaFormerUnits) {
        String key() {
            return group + "/" + figure;
        }
    }

    /** Every unit's latest imported figure (per group and figure) under the path, up to {@code end}. */
    List<ImportedRow> imported(String path, LocalDate end) {
        List<ImportedRow> rows = new java.util.ArrayList<>();
        for (Object r : em.createNativeQuery("""
                        SELECT DISTINCT ON (unit_code, group_id, figure) unit_path, group_id, figure, value, source, as_of,
                        former_units IS NOT NULL FROM campaign_imported_figure WHERE unit_path LIKE ?1 AND as_of <= ?2
                        ORDER BY unit_code, group_id, figure, as_of DESC""")
                .setParameter(1, RosterFeeds.like(path)).setParameter(2, end).getResultList()) {
            Object[] row = (Object[]) r;
            rows.add(new ImportedRow((String) row[0], (String) row[1], (String) row[2], ((Number) row[3]).longValue(),
                    (String) row[4], Roster.toDate(row[5]), (Boolean) row[6]));
        }
        return rows;
    }

    /** Responsibilities under the path for the year: id, unit, group, indicator, organisation, person, deadline. */
    List<?> responsibilities(String path, int year) {
        return em.createNativeQuery("""
                        SELECT id, unit_code, unit_path, group_id, indicator_id, organisation, person, deadline
                        FROM campaign_responsibility WHERE year = ?1 AND unit_path LIKE ?2
                        ORDER BY deadline, unit_code LIMIT 200""")
                .setParameter(1, (short) year).setParameter(2, RosterFeeds.like(path)).getResultList();
    }
}
