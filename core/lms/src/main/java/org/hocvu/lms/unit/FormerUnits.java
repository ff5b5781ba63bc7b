package org.hocvu.lms.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the units before 2025-07-01 and their links to today's units (loaded by {@link FormerUnitsLoader}). */
@ApplicationScoped
class FormerUnits {
    @Inject
    EntityManager em;

    /** Old units by code, each with its district and province names and the given relations. */
    @SuppressWarnings("unchecked")
    Map<String, FormerUnitView> views(Collection<String> codes, Map<String, String> relations) {
        Map<String, FormerUnitView> views = new LinkedHashMap<>();
        if (codes.isEmpty()) {
            return views;
        }
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT f.code, f.level, f.name, a.name, b.name FROM former_unit f
                        LEFT JOIN former_unit a ON a.code = f.parent_code
                        LEFT JOIN former_unit b ON b.code = a.parent_code
                        WHERE f.code IN (?1)""")
                .setParameter(1, codes).getResultList();
        for (Object[] r : rows) {
            int level = ((Number) r[1]).intValue();
            String code = (String) r[0];
            String district = level == 3 ? (String) r[3] : null;
            String province = level == 3 ? (String) r[4] : level == 2 ? (String) r[3] : null;
            views.put(code, new FormerUnitView(code, level, (String) r[2], district, province, relations.get(code)));
        }
        return views;
    }

    /** The old units a new one took in (not the districts and provinces it is counted in through them). */
    @SuppressWarnings("unchecked")
    List<FormerUnitView> formerlyIn(String unitCode) {
        List<Object[]> links = em.createNativeQuery("""
                        SELECT s.former_code, s.relation FROM former_unit_successor s JOIN former_unit f ON f.code = s.former_code
                        WHERE s.unit_code = ?1 AND s.relation <> ?2 ORDER BY s.rank, f.name""")
                .setParameter(1, unitCode).setParameter(2, FormerUnitsLoader.VIA_COMMUNES).getResultList();
        Map<String, String> relations = new LinkedHashMap<>();
        links.forEach(l -> relations.put((String) l[0], (String) l[1]));
        Map<String, FormerUnitView> views = views(relations.keySet(), relations);
        return relations.keySet().stream().map(views::get).toList();
    }

    /** The new units an old unit became with their relations, whole population first; empty when the code is unknown. */
    @SuppressWarnings("unchecked")
    Map<String, String> successors(String formerCode) {
        List<Object[]> links = em.createNativeQuery("""
                        SELECT s.unit_code, s.relation FROM former_unit_successor s JOIN admin_unit u ON u.code = s.unit_code
                        WHERE s.former_code = ?1 ORDER BY s.rank, u.name""")
                .setParameter(1, formerCode).getResultList();
        Map<String, String> successors = new LinkedHashMap<>();
        links.forEach(l -> successors.put((String) l[0], (String) l[1]));
        return successors;
    }
}
