package org.hocvu.lms.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.hocvu.lms.xapi.feed.LearningStatement;
import org.hocvu.lms.xapi.feed.StatementFeed;
import org.hocvu.lms.xapi.feed.XapiStatementConsumer;
import org.hocvu.lms.xapi.vocabulary.Verb;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Derives progress from the statement log: a {@code completed} (or {@code passed}) lesson or
 * package version is a completion row keyed by its statement, any statement about a package or
 * something in it moves the package's last activity. Rows are keyed so that a batch delivered
 * twice changes nothing, and a voided completion is taken back out.
 */
@ApplicationScoped
public class CourseProgressConsumer implements XapiStatementConsumer {
    private static final Set<String> COMPLETING = Set.of(Verb.COMPLETED.iri(), Verb.PASSED.iri());

    @Inject
    EntityManager em;
    @Inject
    PackageActivityIris iris;
    @Inject
    StatementFeed feed;

    @Override
    public String name() {
        return "course-progress";
    }

    @Override
    public void accept(List<LearningStatement> statements) {
        for (LearningStatement s : statements) {
            if (s.learner() == null) {
                continue;
            }
            if (s.voiding()) {
                em.createNativeQuery("DELETE FROM course_completion WHERE statement_id = ?1")
                        .setParameter(1, s.voidedTarget()).executeUpdate();
                continue;
            }
            Instant at = s.timestamp() != null ? s.timestamp() : s.stored();
            Optional<PackageActivityIris.PackageActivity> object = iris.parse(s.objectId());
            if (object.isPresent() && COMPLETING.contains(s.verb()) && (!object.get().inside() || object.get().lessonId() != null)) {
                PackageActivityIris.PackageActivity a = object.get();
                em.createNativeQuery("""
                                INSERT INTO course_completion (statement_id, learner_id, package_id, version, lesson_id, completed_at)
                                VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (statement_id) DO NOTHING""")
                        .setParameter(1, s.id()).setParameter(2, s.learner()).setParameter(3, a.packageId())
                        .setParameter(4, a.version())
                        .setParameter(5, a.lessonId() == null ? LearningProgressService.PACKAGE_ITSELF : a.lessonId())
                        .setParameter(6, at).executeUpdate();
            }
            touched(s, object).ifPresent(a -> activity(s, a, at));
        }
    }

    /** The package a statement is about: its object, else its parent (a cmi5 AU's package version). */
    private Optional<PackageActivityIris.PackageActivity> touched(LearningStatement s,
                                                               Optional<PackageActivityIris.PackageActivity> object) {
        if (object.isPresent()) {
            return object;
        }
        return s.contextActivities().parent().stream().map(iris::parse).flatMap(Optional::stream).findFirst();
    }

    private void activity(LearningStatement s, PackageActivityIris.PackageActivity a, Instant at) {
        em.createNativeQuery("""
                        INSERT INTO course_package_activity (learner_id, package_id, last_lesson_id, last_activity)
                        VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (learner_id, package_id) DO UPDATE SET
                          last_lesson_id = CASE WHEN EXCLUDED.last_activity >= course_package_activity.last_activity
                                                 AND EXCLUDED.last_lesson_id IS NOT NULL
                                                THEN EXCLUDED.last_lesson_id ELSE course_package_activity.last_lesson_id END,
                          last_activity = GREATEST(course_package_activity.last_activity, EXCLUDED.last_activity)""")
                .setParameter(1, s.learner()).setParameter(2, a.packageId()).setParameter(3, a.lessonId())
                .setParameter(4, at).executeUpdate();
    }

    /** Forgets what was derived and reads the whole statement log again: the same progress comes out. */
    public void rebuild() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM course_completion").executeUpdate();
            em.createNativeQuery("DELETE FROM course_package_activity").executeUpdate();
        });
        feed.replay(name());
        feed.drain(name());
    }

    /** Delivers what is committed so far (tests and pages that must show a change at once). */
    public void catchUp() {
        feed.drain(name());
    }

}
