package org.hocvu.lms.course;

import java.time.Instant;

/**
 * How far a learner is in a lesson package (its current published version's lessons, whichever
 * version they did them in); {@code lastActivity} is null when they never opened it.
 */
public record PackageProgressView(String packageId, int lessonsDone, int lessonsTotal, boolean completed,
                                  Instant lastActivity) {
}
