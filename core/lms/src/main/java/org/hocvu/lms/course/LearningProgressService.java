package org.hocvu.lms.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hocvu.lms.content.catalog.CatalogEntry;
import org.hocvu.lms.content.catalog.CatalogService;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A learner's progress, read from what {@link CourseProgressConsumer} derived from the statements:
 * lessons completed in any version count for the current published version's lessons of the same
 * id; a package completed (by the lesson player, a cmi5 or a SCORM player) counts whole.
 */
@ApplicationScoped
public class LearningProgressService {
    static final String PACKAGE_ITSELF = "";
    private static final int MAX_PACKAGES = 1000;

    @Inject
    EntityManager em;
    @Inject
    CatalogService catalog;

    /** Progress in each of these packages; a package not published counts its lessons as none. */
    @Transactional
    public Map<String, PackageProgressView> packageProgress(UUID learnerId, Collection<String> packageIds) {
        Map<String, PackageProgressView> out = new LinkedHashMap<>();
        if (packageIds.isEmpty()) {
            return out;
        }
        if (packageIds.size() > MAX_PACKAGES) {
            throw new IllegalArgumentException("at most " + MAX_PACKAGES + " packages at once");
        }
        String ids = array(packageIds);
        Map<String, Set<String>> done = new HashMap<>();
        ((List<?>) em.createNativeQuery("""
                        SELECT DISTINCT package_id, lesson_id FROM course_completion
                        WHERE learner_id = ?1 AND package_id = ANY(CAST(?2 AS text[]))""")
                .setParameter(1, learnerId).setParameter(2, ids).getResultList())
                .forEach(r -> done.computeIfAbsent((String) ((Object[]) r)[0], k -> new HashSet<>())
                        .add((String) ((Object[]) r)[1]));
        Map<String, Instant> last = new HashMap<>();
        ((List<?>) em.createNativeQuery("""
                        SELECT package_id, last_activity FROM course_package_activity
                        WHERE learner_id = ?1 AND package_id = ANY(CAST(?2 AS text[]))""")
                .setParameter(1, learnerId).setParameter(2, ids).getResultList())
                .forEach(r -> last.put((String) ((Object[]) r)[0], EnrolmentService.instant(((Object[]) r)[1])));
        Map<String, CatalogEntry> published = catalog.published(packageIds);
        for (String id : packageIds) {
            Set<String> lessonsDone = done.getOrDefault(id, Set.of());
            CatalogEntry entry = published.get(id);
            List<String> lessons = entry == null ? List.of() : entry.lessons().stream().map(CatalogEntry.Lesson::id).toList();
            int doneCount = (int) lessons.stream().filter(lessonsDone::contains).count();
            boolean completed = lessonsDone.contains(PACKAGE_ITSELF) || (!lessons.isEmpty() && doneCount == lessons.size());
            out.put(id, new PackageProgressView(id, completed ? lessons.size() : doneCount, lessons.size(), completed,
                    last.get(id)));
        }
        return out;
    }

    /** The lessons of a package the learner completed (in any version), and the one they opened last. */
    @Transactional
    public Set<String> lessonsDone(UUID learnerId, String packageId) {
        Set<String> out = new HashSet<>();
        ((List<?>) em.createNativeQuery("""
                        SELECT DISTINCT lesson_id FROM course_completion WHERE learner_id = ?1 AND package_id = ?2""")
                .setParameter(1, learnerId).setParameter(2, packageId).getResultList())
                .forEach(l -> out.add((String) l));
        out.remove(PACKAGE_ITSELF);
        return out;
    }

    static String array(Collection<String> values) {
        StringBuilder out = new StringBuilder("{");
        for (String v : values) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return out.append('}').toString();
    }
}
