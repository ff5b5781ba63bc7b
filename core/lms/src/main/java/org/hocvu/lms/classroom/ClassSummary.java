package org.hocvu.lms.classroom;

import java.time.Instant;
import java.util.UUID;

/** One line of a list of classes: name, school name, counts. */
public record ClassSummary(UUID id, String name, String schoolName, int modules, int students, Instant createdAt) {
}
