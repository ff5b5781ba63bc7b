package org.hocvu.lms.course;

/** Who put the learner in the course: themselves, a manager, a teacher, or their school class. */
public enum EnrolmentSource {
    SELF, MANAGER, TEACHER, CLASS
}
