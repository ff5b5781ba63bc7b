package org.hocvu.lms.content;

/** The kinds of lesson package HọcVụ imports; SCORM comes with its own issue. */
public enum PackageKind {
    /** {@code package.yaml}, Markdown lessons, media and YAML quizzes; rendered by HọcVụ. */
    NATIVE,
    /** A cmi5 course: {@code cmi5.xml} and the AUs it launches. */
    CMI5;

    public String dataName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
