package org.hocvu.lms.identity;

import java.util.Set;
import java.util.UUID;

/** The caller as a learner, all that hot paths (a test's Start, an answer's save) need: no names, no unit path. */
public record LearnerIdentity(UUID id, Set<String> targetGroups) {
}
