package org.hocvu.lms.identity;

import java.util.Set;
import java.util.UUID;

/** A learner in a unit's list: name (family name first), year of birth when known, unit and groups. */
public record LearnerListing(UUID id, String displayName, Integer birthYear, String unitCode, Set<String> targetGroups,
                             boolean claimed) {
}
