package org.hocvu.lms.content;

/** The kinds of lesson package HọcVụ imports. */
public enum PackageKind {
    /** {@code package.yaml}, Markdown lessons, media and YAML quizzes; rendered by HọcVụ. */
    NATIVE,
    /** A cmi5 course: {@code cmi5.xml} and the AUs it launches. */
    CMI5,
    /** A SCORM 1.2 package: {@code imsmanifest.xml} and its SCOs (see content/scorm). */
    SCORM_12,
    /** A SCORM 2004 (2nd, 3rd or 4th edition) package: {@code imsmanifest.xml} and its SCOs. */
    SCORM_2004;

    public String dataName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
