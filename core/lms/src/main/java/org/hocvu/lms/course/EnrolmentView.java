package org.hocvu.lms.course;

import java.time.Instant;
import java.util.UUID;

/** A learner's enrolment in a course; {@code id} is the registration of the statements made within it. */
public record EnrolmentView(UUID id, UUID learnerId, String courseId, EnrolmentSource source, Instant enrolledAt) {
}
