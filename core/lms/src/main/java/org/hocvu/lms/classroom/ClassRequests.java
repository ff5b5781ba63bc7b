package org.hocvu.lms.classroom;

/** The small bodies of the class API. */
public final class ClassRequests {
    private ClassRequests() {
    }

    /** A student joins with the code their teacher gave. */
    public record Join(String code) {
    }

    /** A teacher loads a published package into their class. */
    public record Module(String packageId) {
    }

    /** A teacher adds a student by username or e-mail. */
    public record Student(String login) {
    }
}
