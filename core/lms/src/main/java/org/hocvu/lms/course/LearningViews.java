package org.hocvu.lms.course;

import java.time.Instant;
import java.util.List;

/** What {@code GET /api/v1/me/learning} and the learner's pages show, in the caller's language. */
public final class LearningViews {
    private LearningViews() {
    }

    /** A course's state: every package done, some progress, none yet, or nothing published yet ("sắp có"). */
    public static final String COMPLETED = "completed";
    public static final String IN_PROGRESS = "in-progress";
    public static final String NOT_STARTED = "not-started";
    public static final String COMING = "coming";

    /** The learner's paths, one per target group they belong to. */
    public record Learning(List<Path> paths) {
    }

    /** A group's curriculum as a path; {@code next} is where to continue (null when all is done or nothing is published). */
    public record Path(String group, String groupName, int coursesCompleted, List<CourseProgress> courses, Step next) {
    }

    /** A course of a path, with its packages in the curriculum's order ({@code state} is one of the constants above). */
    public record CourseProgress(String courseId, String courseTitle, String level, List<String> competencies,
                                 String state, boolean enrolled, int lessonsDone, int lessonsTotal, int percent,
                                 List<PackageProgress> packages) {
        public boolean completed() {
            return COMPLETED.equals(state);
        }

        public boolean coming() {
            return COMING.equals(state);
        }
    }

    /**
     * A package of a course: published or still coming; {@code href} opens it (the lesson player for
     * native packages, the cmi5 or SCORM player for the others), null while it is coming.
     */
    public record PackageProgress(String packageId, String title, String kind, String version, boolean published,
                                  int lessonsDone, int lessonsTotal, boolean completed, Instant lastActivity,
                                  String href) {
    }

    /** The next thing to do: a lesson of a native package, or a cmi5/SCORM package to play. */
    public record Step(String courseId, String courseTitle, String packageId, String packageTitle, String lessonId,
                       String lessonTitle, String href) {
    }
}
