package org.hocvu.lms.classroom;

import java.util.Locale;

/** How a student came into a class. */
public enum MemberSource {
    /** joined with the class code */
    CODE,
    /** added by the teacher on the class page or through the API */
    TEACHER,
    /** added by the teacher's bulk enrolment (CSV) */
    ROSTER;

    String dataName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
