package org.hocvu.lms.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hocvu.lms.shared.Page;
import org.hocvu.lms.shared.PageRequest;
import org.hocvu.lms.shared.TextSearch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The learners of given units as a facilitator's attendance list needs them, searched by name
 * without accents or case ("nguyen thi lan" finds "Nguyễn Thị Lan") and by year of birth, and the
 * people who look like a new registration (same folded name, year of birth and unit).
 */
@ApplicationScoped
public class LearnerDirectory {
    /** Vietnamese letters and what {@link TextSearch#fold} makes of them, for folding in SQL. */
    private static final String LETTERS = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";
    static final String FOLDED_NAME;

    static {
        String from = LETTERS + LETTERS.toUpperCase(Locale.ROOT);
        StringBuilder to = new StringBuilder();
        from.codePoints().forEach(c -> to.append(TextSearch.fold(Character.toString(c))));
        // the same key as TextSearch.fold: no marks, lower case, runs of other characters one space
        FOLDED_NAME = "btrim(regexp_replace(lower(translate(p.display_name, '" + from + "', '" + to
                + "')), '[^a-z0-9]+', ' ', 'g'))";
    }

    @Inject
    EntityManager em;

    /** Learners of {@code units}, those whose folded name contains {@code q} (any when blank) and born in {@code birthYear} (any when null). */
    @Transactional
    public Page<LearnerListing> roster(Collection<String> units, String q, Integer birthYear, PageRequest page) {
        if (units.isEmpty()) {
            return Page.of(List.of(), page, 0);
        }
        String where = " FROM learner_profile p WHERE p.unit_code IN (?1)"
                + (q == null || TextSearch.fold(q).isEmpty() ? "" : " AND " + FOLDED_NAME + " LIKE ?2")
                + (birthYear == null ? "" : " AND p.birth_year = ?3");
        long total = ((Number) bind(em.createNativeQuery("SELECT count(*)" + where), units, q, birthYear)
                .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("SELECT p.id, p.display_name, p.birth_year, p.unit_code, p.subject"
                + where + " ORDER BY p.display_name, p.id"), units, q, birthYear)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(listings(rows), page, total);
    }

    /** People of {@code unit} born in {@code birthYear} whose name folds to the same key as {@code fullName}, except {@code except}. */
    @Transactional
    public List<LearnerListing> lookalikes(String fullName, int birthYear, String unit, UUID except) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT p.id, p.display_name, p.birth_year, p.unit_code, p.subject"
                        + " FROM learner_profile p WHERE p.unit_code = ?1 AND p.birth_year = ?2 AND p.id <> ?3 AND "
                        + FOLDED_NAME + " = ?4 ORDER BY p.created_at")
                .setParameter(1, unit).setParameter(2, birthYear).setParameter(3, except)
                .setParameter(4, TextSearch.fold(fullName)).getResultList();
        return listings(rows);
    }

    /** True when this learner was registered with help and has not claimed an account yet. */
    @Transactional
    public boolean unclaimed(UUID id) {
        return !em.createNativeQuery("SELECT 1 FROM learner_profile WHERE id = ?1 AND subject = ?2")
                .setParameter(1, id).setParameter(2, IdentityService.UNCLAIMED + id).getResultList().isEmpty();
    }

    /** The learner ids of people named by username or learner id; those not found are left out. */
    @Transactional
    public Map<String, UUID> idsOf(Collection<String> usernamesOrIds) {
        Map<String, UUID> found = new HashMap<>();
        if (usernamesOrIds.isEmpty()) {
            return found;
        }
        List<UUID> ids = usernamesOrIds.stream().map(LearnerDirectory::uuidOrNull).filter(java.util.Objects::nonNull).toList();
        jakarta.persistence.Query query = em.createNativeQuery("SELECT id, username FROM learner_profile WHERE username IN (?1)"
                + (ids.isEmpty() ? "" : " OR id IN (?2)")).setParameter(1, usernamesOrIds);
        if (!ids.isEmpty()) {
            query.setParameter(2, ids);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            usernamesOrIds.stream().filter(n -> n.equals(r[1]) || n.equals(id.toString())).forEach(n -> found.put(n, id));
        }
        return found;
    }

    private static UUID uuidOrNull(String text) {
        try {
            return text != null && text.length() == 36 ? UUID.fromString(text) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query query, Collection<String> units, String q,
                                                  Integer birthYear) {
        query.setParameter(1, units);
        if (q != null && !TextSearch.fold(q).isEmpty()) {
            query.setParameter(2, "%" + TextSearch.fold(q).replace("%", "").replace("_", "") + "%");
        }
        if (birthYear != null) {
            query.setParameter(3, birthYear);
        }
        return query;
    }

    private List<LearnerListing> listings(List<Object[]> rows) {
        Map<UUID, Set<String>> groups = groups(rows.stream().map(r -> (UUID) r[0]).toList());
        List<LearnerListing> listings = new ArrayList<>();
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            listings.add(new LearnerListing(id, (String) r[1], r[2] == null ? null : ((Number) r[2]).intValue(),
                    (String) r[3], groups.getOrDefault(id, Set.of()), !((String) r[4]).startsWith(IdentityService.UNCLAIMED)));
        }
        return listings;
    }

    private Map<UUID, Set<String>> groups(List<UUID> ids) {
        Map<UUID, Set<String>> groups = new HashMap<>();
        if (ids.isEmpty()) {
            return groups;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT profile_id, group_id FROM learner_target_group WHERE profile_id IN (?1)")
                .setParameter(1, ids).getResultList();
        rows.forEach(r -> groups.computeIfAbsent((UUID) r[0], k -> new TreeSet<>()).add((String) r[1]));
        return groups;
    }
}
