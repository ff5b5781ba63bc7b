package org.hocvu.lms.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hocvu.lms.shared.PageRequest;

import java.util.List;

/**
 * Finds units by today's names and by the names they had before 2025-07-01, in one ranked list:
 * the name itself (without "Tỉnh", "Xã"...), then names starting with the words, then names with a
 * word starting so, then anything containing them with its district and province ("tân hòa, tây
 * ninh"); today's names before former ones, a new unit that took a former one's whole population
 * before one that took a part; higher levels first. A unit found several ways appears once, with the
 * best way: its former unit when that was it. Closed units are not offered.
 */
@ApplicationScoped
class UnitSearch {
    private static final String RANKED = """
            WITH matches AS (
                SELECT u.code, CAST(NULL AS varchar) AS former_code, CAST(NULL AS varchar) AS relation,
                       CASE WHEN u.search_bare = :q OR u.search_name = :q THEN 0
                            WHEN u.search_bare LIKE :prefix THEN 1
                            WHEN u.search_name LIKE :word THEN 2 ELSE 3 END AS class,
                       0 AS former, similarity(u.search_full, :q) AS likeness
                FROM admin_unit u WHERE u.search_full LIKE :contains AND u.closed_at IS NULL
              UNION ALL
                SELECT s.unit_code, f.code, s.relation,
                       CASE WHEN f.search_bare = :q OR f.search_name = :q THEN 0
                            WHEN f.search_bare LIKE :prefix THEN 1
                            WHEN f.search_name LIKE :word THEN 2 ELSE 3 END,
                       1 + s.rank, similarity(f.search_full, :q)
                FROM former_unit f JOIN former_unit_successor s ON s.former_code = f.code
                WHERE f.search_full LIKE :contains
            ), best AS (
                SELECT DISTINCT ON (code) code, former_code, relation, class, former, likeness FROM matches
                ORDER BY code, class, former, likeness DESC
            )
            SELECT b.code, b.former_code, b.relation, count(*) OVER () AS total
            FROM best b JOIN admin_unit u ON u.code = b.code
            ORDER BY b.class, b.former, u.depth, b.likeness DESC, u.name, u.code
            LIMIT :size OFFSET :offset""";

    @Inject
    EntityManager em;

    /** One found unit; {@code formerCode} and {@code relation} when it was found by a former name. */
    record Hit(String code, String formerCode, String relation) {
    }

    record Hits(List<Hit> hits, long total) {
    }

    /** @param folded the query folded by {@code TextSearch.fold}, not empty */
    @SuppressWarnings("unchecked")
    Hits search(String folded, PageRequest page) {
        List<Object[]> rows = em.createNativeQuery(RANKED)
                .setParameter("q", folded).setParameter("prefix", folded + "%").setParameter("word", "% " + folded + "%")
                .setParameter("contains", "%" + folded + "%")
                .setParameter("size", page.size()).setParameter("offset", page.offset())
                .getResultList();
        List<Hit> hits = rows.stream().map(r -> new Hit((String) r[0], (String) r[1], (String) r[2])).toList();
        long total = rows.isEmpty() ? (page.offset() == 0 ? 0 : count(folded)) : ((Number) rows.get(0)[3]).longValue();
        return new Hits(hits, total);
    }

    /** Past the last page the window count is gone: count on its own. */
    private long count(String folded) {
        return ((Number) em.createNativeQuery("""
                        SELECT count(DISTINCT code) FROM (
                            SELECT code FROM admin_unit WHERE search_full LIKE ?1 AND closed_at IS NULL
                            UNION ALL
                            SELECT s.unit_code FROM former_unit f JOIN former_unit_successor s ON s.former_code = f.code
                            WHERE f.search_full LIKE ?1) AS found""")
                .setParameter(1, "%" + folded + "%").getSingleResult()).longValue();
    }
}
