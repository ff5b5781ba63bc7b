package org.hocvu.lms.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hocvu.lms.content.catalog.CatalogEntry;
import org.hocvu.lms.content.catalog.CatalogService;
import org.hocvu.lms.content.catalog.PublishedFiles;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.xapi.record.LearningEvent;
import org.hocvu.lms.xapi.record.LearningRecords;
import org.hocvu.lms.xapi.record.RelatedActivities;
import org.hocvu.lms.xapi.record.Result;
import org.hocvu.lms.xapi.vocabulary.Activities;
import org.hocvu.lms.xapi.vocabulary.Activity;
import org.hocvu.lms.xapi.vocabulary.Verb;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The lesson player of native packages: a lesson read (experienced), marked complete (completed,
 * and the package completed with its last lesson), a practice item answered (answered) — each a
 * statement in the transaction of its row, within the learner's enrolment in the course.
 */
@ApplicationScoped
public class LessonService {
    @Inject
    EntityManager em;
    @Inject
    CatalogService catalog;
    @Inject
    PublishedFiles files;
    @Inject
    LessonCourses lessonCourses;
    @Inject
    LearningProgressService progress;
    @Inject
    LearningRecords records;
    @Inject
    Activities activities;
    @Inject
    CourseStatements statements;
    @Inject
    Clock clock;

    /** Where a package opens for this learner: their next lesson of its current version, or its player. */
    @Transactional
    public String resume(UUID learnerId, String packageId) {
        CatalogEntry entry = entry(packageId);
        if (!PackageLinks.NATIVE.equals(entry.kind()) || entry.lessons().isEmpty()) {
            return PackageLinks.open(entry.kind(), packageId);
        }
        Set<String> done = done(learnerId, packageId);
        CatalogEntry.Lesson next = entry.lessons().stream().filter(l -> !done.contains(l.id())).findFirst()
                .orElse(entry.lessons().get(0));
        return PackageLinks.lesson(packageId, entry.version(), next.id());
    }

    /** The address of this lesson in the current published version (a link to an older version moves there). */
    @Transactional
    public String canonical(String packageId, String version, String lessonId) {
        CatalogEntry entry = entry(packageId);
        if (!PackageLinks.NATIVE.equals(entry.kind())) {
            return PackageLinks.open(entry.kind(), packageId);
        }
        lesson(entry, lessonId);
        return PackageLinks.lesson(packageId, entry.version(), lessonId);
    }

    /**
     * Shows a lesson and records that the learner read it ({@code read} false: a copy saved for
     * offline reading, not read yet).
     */
    @Transactional
    public LessonViews.Lesson open(UUID learnerId, Set<String> groups, String packageId, String lessonId,
                                   Locale language, boolean light, boolean read) {
        CatalogEntry entry = entry(packageId);
        CatalogEntry.Lesson lesson = lesson(entry, lessonId);
        LessonCourses.InCourse in = lessonCourses.of(learnerId, groups, packageId);
        if (read) {
            records.record(statements.about(learnerId, Verb.EXPERIENCED, lessonActivity(entry, lesson),
                    packageActivity(entry), in.course(), in.enrolment().id(), in.course().competencies())
                    .at(clock.instant()));
        }
        String pageLanguage = pageLanguage(entry, language);
        String html = files.renderedLesson(packageId, lessonId, pageLanguage)
                .map(page -> LessonContent.body(page, entry.contentBase(), light, light ? files.sizes(packageId) : Map.of()))
                .orElse("");
        PracticeQuiz quiz = files.quiz(packageId, lessonId).map(PracticeQuiz::parse).orElse(PracticeQuiz.none());
        Set<String> done = done(learnerId, packageId);
        List<LessonViews.LessonLink> links = new ArrayList<>();
        int position = 0;
        for (int i = 0; i < entry.lessons().size(); i++) {
            CatalogEntry.Lesson l = entry.lessons().get(i);
            if (l.id().equals(lessonId)) {
                position = i + 1;
            }
            links.add(new LessonViews.LessonLink(l.id(), Texts.in(l.title(), language, l.id()),
                    PackageLinks.lesson(packageId, entry.version(), l.id()), done.contains(l.id()), l.id().equals(lessonId)));
        }
        String previous = position > 1 ? links.get(position - 2).href() : null;
        String next = position < links.size() ? links.get(position).href() : null;
        return new LessonViews.Lesson(packageId, entry.version(), Texts.in(entry.title(), language, packageId),
                in.course().id(), Texts.in(in.course().title(), language, in.course().id()), lessonId,
                Texts.in(lesson.title(), language, lessonId), pageLanguage, position, links.size(), html,
                done.contains(lessonId), links, previous, next, quiz.items(language));
    }

    /**
     * Marks a lesson complete. {@code statementId} is the id the learner's browser fixed when they
     * pressed the button (maybe offline, maybe sent twice): the same id again stores nothing.
     */
    @Transactional
    public LessonViews.Completion markComplete(UUID learnerId, Set<String> groups, String packageId, String version,
                                               String lessonId, String statementId) {
        UUID id = statementId(statementId);
        CatalogEntry entry = entry(packageId);
        CatalogEntry.Lesson lesson = lesson(entry, lessonId);
        Set<String> doneBefore = done(learnerId, packageId);
        Instant at = clock.instant();
        int inserted = em.createNativeQuery("""
                        INSERT INTO course_lesson_mark (statement_id, learner_id, package_id, version, lesson_id, marked_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (statement_id) DO NOTHING""")
                .setParameter(1, id).setParameter(2, learnerId).setParameter(3, packageId).setParameter(4, entry.version())
                .setParameter(5, lessonId).setParameter(6, at).executeUpdate();
        String next = nextAfter(entry, lessonId);
        if (inserted == 0) {
            requireSameMark(id, learnerId, packageId, lessonId);
            return new LessonViews.Completion(false, done(learnerId, packageId).containsAll(ids(entry)), next);
        }
        LessonCourses.InCourse in = lessonCourses.of(learnerId, groups, packageId);
        List<LearningEvent> events = new ArrayList<>();
        events.add(statements.about(learnerId, Verb.COMPLETED, lessonActivity(entry, lesson), packageActivity(entry),
                in.course(), in.enrolment().id(), in.course().competencies()).withResult(Result.completed()).withId(id).at(at));
        Set<String> doneAfter = new java.util.HashSet<>(doneBefore);
        doneAfter.add(lessonId);
        boolean packageDone = doneAfter.containsAll(ids(entry));
        if (packageDone && !doneBefore.containsAll(ids(entry))) {
            // derived from the lesson's statement id, so a replay of this press cannot complete the package twice
            UUID packageStatement = UUID.nameUUIDFromBytes((id + "/package").getBytes(StandardCharsets.UTF_8));
            events.add(statements.about(learnerId, Verb.COMPLETED, null, packageActivity(entry), in.course(),
                    in.enrolment().id(), in.course().competencies()).withResult(Result.completed())
                    .withId(packageStatement).at(at));
        }
        records.record(events);
        return new LessonViews.Completion(true, packageDone, next);
    }

    /** Marks a practice item and records the answer; practice only, no score is kept. */
    @Transactional
    public LessonViews.QuizFeedback answer(UUID learnerId, Set<String> groups, String packageId, String lessonId,
                                           String itemId, Map<String, List<String>> form, Locale language) {
        CatalogEntry entry = entry(packageId);
        CatalogEntry.Lesson lesson = lesson(entry, lessonId);
        PracticeQuiz quiz = files.quiz(packageId, lessonId).map(PracticeQuiz::parse).orElse(PracticeQuiz.none());
        Map<String, Object> raw = quiz.raw(itemId)
                .orElseThrow(() -> ApiException.notFound("course.quiz.not-found", lessonId, itemId));
        PracticeQuiz.Item item = quiz.items(language).stream().filter(i -> i.id().equals(itemId)).findFirst().orElseThrow();
        if (!PracticeQuiz.answered(item, form)) {
            throw ApiException.badRequest("answer", "course.quiz.no-answer");
        }
        Boolean correct = PracticeQuiz.mark(raw, form, language);
        LessonCourses.InCourse in = lessonCourses.of(learnerId, groups, packageId);
        Activity lessonActivity = lessonActivity(entry, lesson);
        String response = item.fields().stream().map(f -> String.join(",", form.getOrDefault(f.name(), List.of())))
                .reduce((a, b) -> a + "[,]" + b).orElse("");
        LearningEvent answered = LearningEvent.of(learnerId, Verb.ANSWERED,
                        activities.quizItem(packageId, entry.version(), itemId, null))
                .withRegistration(in.enrolment().id())
                .withContext(new RelatedActivities(List.of(lessonActivity),
                        List.of(statements.course(in.course()), packageActivity(entry)), List.of()))
                .withResult(new Result(null, correct, null, null, response.length() > 1000 ? response.substring(0, 1000) : response))
                .withExtensions(statements.extensions(in.course(), item.competencies()))
                .at(clock.instant());
        records.record(answered);
        return new LessonViews.QuizFeedback(itemId, correct, PracticeQuiz.feedback(raw, language));
    }

    private void requireSameMark(UUID id, UUID learnerId, String packageId, String lessonId) {
        List<?> same = em.createNativeQuery("""
                        SELECT 1 FROM course_lesson_mark WHERE statement_id = ?1 AND learner_id = ?2 AND package_id = ?3
                        AND lesson_id = ?4""").setParameter(1, id).setParameter(2, learnerId).setParameter(3, packageId)
                .setParameter(4, lessonId).getResultList();
        if (same.isEmpty()) {
            throw ApiException.conflict("course.statement-id.taken", id);
        }
    }

    /** Lessons done: derived from statements, and the learner's own presses not yet through the feed. */
    Set<String> done(UUID learnerId, String packageId) {
        Set<String> done = progress.lessonsDone(learnerId, packageId);
        ((List<?>) em.createNativeQuery("SELECT DISTINCT lesson_id FROM course_lesson_mark WHERE learner_id = ?1 AND package_id = ?2")
                .setParameter(1, learnerId).setParameter(2, packageId).getResultList()).forEach(l -> done.add((String) l));
        return done;
    }

    private static String nextAfter(CatalogEntry entry, String lessonId) {
        List<String> ids = ids(entry);
        int i = ids.indexOf(lessonId);
        return i + 1 < ids.size() ? PackageLinks.lesson(entry.packageId(), entry.version(), ids.get(i + 1)) : null;
    }

    private static List<String> ids(CatalogEntry entry) {
        return entry.lessons().stream().map(CatalogEntry.Lesson::id).toList();
    }

    CatalogEntry entry(String packageId) {
        CatalogEntry entry = packageId == null || packageId.length() > 100 ? null
                : catalog.published(List.of(packageId)).get(packageId);
        if (entry == null) {
            throw ApiException.notFound("course.package.not-found", packageId);
        }
        return entry;
    }

    private static CatalogEntry.Lesson lesson(CatalogEntry entry, String lessonId) {
        return entry.lessons().stream().filter(l -> l.id().equals(lessonId)).findFirst()
                .orElseThrow(() -> ApiException.notFound("course.lesson.not-found", entry.packageId(), lessonId));
    }

    private Activity packageActivity(CatalogEntry entry) {
        return statements.packageVersion(entry.packageId(), entry.version(), entry.title());
    }

    private Activity lessonActivity(CatalogEntry entry, CatalogEntry.Lesson lesson) {
        return activities.lesson(entry.packageId(), entry.version(), lesson.id(), lesson.title());
    }

    private static String pageLanguage(CatalogEntry entry, Locale language) {
        return entry.languages().stream().filter(l -> l.split("-")[0].equals(language.getLanguage())).findFirst()
                .orElse(entry.languages().isEmpty() ? "vi" : entry.languages().get(0));
    }

    private static UUID statementId(String text) {
        if (text == null || text.isBlank()) {
            return UUID.randomUUID();
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("statementId", "course.statement-id.bad", text.length() > 40 ? text.substring(0, 40) : text);
        }
    }
}
