package org.hocvu.lms.course;

import java.util.List;

/** What the lesson player shows. */
public final class LessonViews {
    private LessonViews() {
    }

    /**
     * One lesson of a native package's current version, in its course: the page body (sanitised),
     * its place among the package's lessons, previous and next, and its practice quiz.
     */
    public record Lesson(String packageId, String version, String packageTitle, String courseId, String courseTitle,
                         String lessonId, String lessonTitle, String language, int position, int count, String html,
                         boolean done, List<LessonLink> lessons, String previousHref, String nextHref,
                         List<PracticeQuiz.Item> quiz) {
    }

    public record LessonLink(String id, String title, String href, boolean done, boolean current) {
    }

    /** The answer to one practice item: right or not (null: an opinion, no right answer) and the item's explanation. */
    public record QuizFeedback(String itemId, Boolean correct, String feedback) {
    }

    /** What marking a lesson complete did: whether it stored anything (a replay does not), and the package is now done. */
    public record Completion(boolean stored, boolean packageCompleted, String nextHref) {
    }

    /** What saving a course for offline reading takes: the pages and files to keep and their total size. */
    public record OfflineBundle(String courseId, List<String> urls, long bytes) {
    }
}
