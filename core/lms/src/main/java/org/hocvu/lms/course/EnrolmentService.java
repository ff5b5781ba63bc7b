package org.hocvu.lms.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.content.catalog.CatalogService;
import org.hocvu.lms.plugin.PluginData;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Languages;
import org.hocvu.lms.xapi.record.LearningRecords;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Enrolments: one per learner and course, made by the learner (self-enrolment, checked against the
 * group's eligibility rules), a manager, a teacher or a school class. Enrolling is idempotent and
 * writes the {@code enrolled} statement in the same transaction as the row.
 */
@ApplicationScoped
public class EnrolmentService {
    @Inject
    EntityManager em;
    @Inject
    CourseDirectory courses;
    @Inject
    CatalogService catalog;
    @Inject
    CourseStatements statements;
    @Inject
    LearningRecords records;
    @Inject
    Clock clock;

    /**
     * Enrols the learner in the course (any curriculum course, or a published package as its own
     * course); enrolling again returns the enrolment they have. No eligibility check: the caller
     * (a manager, a teacher, a class) decided. Joins the caller's transaction.
     */
    @Transactional
    public EnrolmentView enrol(UUID learnerId, String courseId, EnrolmentSource source) {
        Course course = courses.get(courseId);
        Optional<EnrolmentView> existing = find(learnerId, course.id());
        if (existing.isPresent()) {
            return existing.get();
        }
        UUID id = UUID.randomUUID();
        Instant at = clock.instant();
        // two first requests may race: the unique (learner, course) decides, the loser reads the winner's row
        int inserted = em.createNativeQuery("""
                        INSERT INTO course_enrolment (id, learner_id, course_id, source, enrolled_at)
                        VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (learner_id, course_id) DO NOTHING""")
                .setParameter(1, id).setParameter(2, learnerId).setParameter(3, course.id())
                .setParameter(4, source.name()).setParameter(5, at).executeUpdate();
        if (inserted == 1) {
            records.record(statements.enrolled(learnerId, course, id).at(at));
        }
        return find(learnerId, course.id()).orElseThrow();
    }

    /**
     * The learner enrols themselves: a curriculum course when they belong to its group or the
     * group's eligibility rules admit their profile attributes (age, occupation…); a package on its
     * own is open to everyone signed in. A course with nothing published yet cannot be taken.
     */
    @Transactional
    public EnrolmentView selfEnrol(UUID learnerId, Set<String> learnerGroups, Map<String, String> attributes,
                                   String courseId, java.util.Locale language) {
        Course course = courses.get(courseId);
        if (catalog.published(course.packages()).isEmpty()) {
            throw ApiException.conflict("course.coming", title(course));
        }
        if (!course.standalone() && !learnerGroups.contains(course.group())) {
            PluginData group = courses.plugin(course.group());
            if (!group.eligibility().admits(attributes)) {
                throw new ApiException(Response.Status.FORBIDDEN, "course.not-eligible", "courseId",
                        group.texts().get("plugin.name", language),
                        group.texts().get("eligibility.description", language));
            }
        }
        return enrol(learnerId, course.id(), EnrolmentSource.SELF);
    }

    @Transactional
    public boolean isEnrolled(UUID learnerId, String courseId) {
        return find(learnerId, courseId).isPresent();
    }

    @Transactional
    public Optional<EnrolmentView> find(UUID learnerId, String courseId) {
        return rows("WHERE learner_id = ?1 AND course_id = ?2", learnerId, courseId).stream().findFirst();
    }

    /** The learner's enrolments, oldest first. */
    @Transactional
    public List<EnrolmentView> enrolments(UUID learnerId) {
        return rows("WHERE learner_id = ?1 ORDER BY enrolled_at, course_id", learnerId);
    }

    /** The profile attributes a group's eligibility rules read (which profile claims matter). */
    public Set<String> eligibilityAttributes(String courseId) {
        Course course = courses.get(courseId);
        if (course.standalone()) {
            return Set.of();
        }
        Set<String> names = new java.util.TreeSet<>();
        courses.plugin(course.group()).eligibility().rules()
                .forEach(r -> r.conditions().forEach(c -> names.add(c.attribute())));
        return names;
    }

    private List<EnrolmentView> rows(String where, Object... values) {
        var query = em.createNativeQuery(
                "SELECT id, learner_id, course_id, source, enrolled_at FROM course_enrolment " + where);
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        return ((List<?>) query.getResultList()).stream().map(r -> (Object[]) r)
                .map(r -> new EnrolmentView((UUID) r[0], (UUID) r[1], (String) r[2],
                        EnrolmentSource.valueOf((String) r[3]), instant(r[4]))).toList();
    }

    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return value == null ? null : Instant.parse(value.toString());
    }

    private static String title(Course course) {
        return course.title().getOrDefault(Languages.VIETNAMESE.getLanguage(), course.id());
    }
}
