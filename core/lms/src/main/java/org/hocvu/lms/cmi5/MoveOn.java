package org.hocvu.lms.cmi5;

/** An AU's moveOn criterion (cmi5 13.1.4) as the course structure names it. */
public enum MoveOn {
    Completed, Passed, CompletedAndPassed, CompletedOrPassed, NotApplicable;

    /** Whether an AU with this criterion is satisfied by what the learner did (a waived AU always is). */
    boolean met(boolean completed, boolean passed, boolean waived) {
        return waived || switch (this) {
            case Completed -> completed;
            case Passed -> passed;
            case CompletedAndPassed -> completed && passed;
            case CompletedOrPassed -> completed || passed;
            case NotApplicable -> true;
        };
    }

    static MoveOn parse(String value) {
        return value == null || value.isBlank() ? NotApplicable : valueOf(value.strip());
    }
}
