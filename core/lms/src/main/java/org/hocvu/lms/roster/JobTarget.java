package org.hocvu.lms.roster;

import java.util.UUID;

/**
 * What a job enrols into and within which bounds: a manager's course (people of {@code scopeUnit}
 * and below) or a teacher's class (new people of the class's school and below).
 */
record JobTarget(Kind kind, String targetId, UUID ownerId, String scopeUnit) {
    enum Kind {
        COURSE, CLASS;

        String dataName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Kind of(String dataName) {
            return valueOf(dataName.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
