package org.hocvu.lms.identity;

import org.hocvu.lms.unit.UnitView;

import java.util.Set;
import java.util.UUID;

/** A learner's HọcVụ profile as others see it: the name they gave, their unit with its path, their groups. */
public record LearnerView(UUID id, String displayName, UnitView unit, Set<String> targetGroups) {
}
