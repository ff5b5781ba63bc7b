package org.hocvu.lms.content.nativeformat;

/** Where a native package keeps each lesson's source, quiz and rendered page. */
public final class LessonFiles {
    private LessonFiles() {
    }

    /** The Markdown a partner writes: {@code lessons/<id>.<language>.md}. */
    public static String source(String lessonId, String language) {
        return "lessons/" + lessonId + "." + language + ".md";
    }

    public static String quiz(String lessonId) {
        return "quiz/" + lessonId + ".yaml";
    }

    /** The sanitised page HọcVụ renders from the source and serves: {@code lessons/<id>.<language>.html}. */
    public static String rendered(String lessonId, String language) {
        return "lessons/" + lessonId + "." + language + ".html";
    }
}
