package org.hocvu.lms.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hocvu.lms.content.catalog.CatalogEntry;
import org.hocvu.lms.content.catalog.CatalogService;
import org.hocvu.lms.plugin.PluginRegistry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The learner's paths: each target group's curriculum, its courses made of published packages
 * (the others shown as coming), progress per course from the statements, and the one next step.
 */
@ApplicationScoped
public class LearningPathService {
    @Inject
    CourseDirectory courses;
    @Inject
    CatalogService catalog;
    @Inject
    LearningProgressService progress;
    @Inject
    EnrolmentService enrolments;
    @Inject
    PluginRegistry plugins;

    /** One path per group the learner belongs to, in the groups' order. */
    @Transactional
    public LearningViews.Learning learning(UUID learnerId, Set<String> groups, Locale language) {
        Map<String, List<Course>> byGroup = new java.util.LinkedHashMap<>();
        new TreeSet<>(groups).forEach(g -> byGroup.put(g, courses.path(g)));
        byGroup.values().removeIf(List::isEmpty);
        List<Course> all = byGroup.values().stream().flatMap(List::stream).toList();
        Snapshot snapshot = snapshot(learnerId, all);
        List<LearningViews.Path> paths = new ArrayList<>();
        byGroup.forEach((group, path) -> {
            List<LearningViews.CourseProgress> views = path.stream().map(c -> view(c, snapshot, language)).toList();
            int done = (int) views.stream().filter(LearningViews.CourseProgress::completed).count();
            paths.add(new LearningViews.Path(group, plugins.groupName(group, language), done, views,
                    next(learnerId, views, language)));
        });
        return new LearningViews.Learning(paths);
    }

    /** One course with the learner's progress (the course page). */
    @Transactional
    public LearningViews.CourseProgress course(UUID learnerId, String courseId, Locale language) {
        Course course = courses.get(courseId);
        return view(course, snapshot(learnerId, List.of(course)), language);
    }

    /** Where to continue in one course: its first unfinished step; null when all is done or nothing is published. */
    @Transactional
    public LearningViews.Step next(UUID learnerId, LearningViews.CourseProgress course, Locale language) {
        return next(learnerId, List.of(course), language);
    }

    private LearningViews.Step next(UUID learnerId, List<LearningViews.CourseProgress> path, Locale language) {
        for (LearningViews.CourseProgress course : path) {
            for (LearningViews.PackageProgress p : course.packages()) {
                if (p.published() && !p.completed()) {
                    return step(learnerId, course, p, language);
                }
            }
        }
        return null;
    }

    private LearningViews.Step step(UUID learnerId, LearningViews.CourseProgress course, LearningViews.PackageProgress p,
                                    Locale language) {
        CatalogEntry entry = catalog.published(List.of(p.packageId())).get(p.packageId());
        if (entry == null || !PackageLinks.NATIVE.equals(entry.kind()) || entry.lessons().isEmpty()) {
            return new LearningViews.Step(course.courseId(), course.courseTitle(), p.packageId(), p.title(), null, null,
                    p.href());
        }
        Set<String> done = progress.lessonsDone(learnerId, p.packageId());
        CatalogEntry.Lesson lesson = entry.lessons().stream().filter(l -> !done.contains(l.id())).findFirst()
                .orElse(entry.lessons().get(0));
        return new LearningViews.Step(course.courseId(), course.courseTitle(), p.packageId(), p.title(), lesson.id(),
                Texts.in(lesson.title(), language, lesson.id()),
                PackageLinks.lesson(p.packageId(), entry.version(), lesson.id()));
    }

    /** Everything the views need, read at once: published entries, progress and enrolments. */
    private record Snapshot(Map<String, CatalogEntry> published, Map<String, PackageProgressView> progress,
                            Set<String> enrolled) {
    }

    private Snapshot snapshot(UUID learnerId, List<Course> list) {
        Set<String> ids = new LinkedHashSet<>();
        list.forEach(c -> ids.addAll(c.packages()));
        Map<String, CatalogEntry> published = catalog.published(ids);
        Map<String, PackageProgressView> done = progress.packageProgress(learnerId, published.keySet());
        Set<String> enrolled = enrolments.enrolments(learnerId).stream().map(EnrolmentView::courseId)
                .collect(Collectors.toSet());
        return new Snapshot(published, done, enrolled);
    }

    private static LearningViews.CourseProgress view(Course course, Snapshot s, Locale language) {
        List<LearningViews.PackageProgress> packages = new ArrayList<>();
        int done = 0;
        int total = 0;
        boolean started = false;
        boolean allDone = true;
        for (String id : course.packages()) {
            CatalogEntry e = s.published().get(id);
            if (e == null) {
                packages.add(new LearningViews.PackageProgress(id, id, null, null, false, 0, 0, false, null, null));
                continue;
            }
            PackageProgressView p = s.progress().get(id);
            done += p.lessonsDone();
            total += p.lessonsTotal();
            started |= p.lastActivity() != null || p.lessonsDone() > 0;
            allDone &= p.completed();
            packages.add(new LearningViews.PackageProgress(id, Texts.in(e.title(), language, id), e.kind(), e.version(),
                    true, p.lessonsDone(), p.lessonsTotal(), p.completed(), p.lastActivity(),
                    PackageLinks.open(e.kind(), id)));
        }
        boolean anyPublished = packages.stream().anyMatch(LearningViews.PackageProgress::published);
        String state = !anyPublished ? LearningViews.COMING : allDone ? LearningViews.COMPLETED
                : started ? LearningViews.IN_PROGRESS : LearningViews.NOT_STARTED;
        int percent = total == 0 ? 0 : Math.min(100, done * 100 / total);
        return new LearningViews.CourseProgress(course.id(), Texts.in(course.title(), language, course.id()),
                course.level(), course.competencies(), state, s.enrolled().contains(course.id()), done, total, percent,
                packages);
    }
}
