package org.hocvu.lms.identity.event;

import org.hocvu.lms.shared.event.DomainEvent;
import org.hocvu.lms.shared.event.EventType;

import java.util.Set;
import java.util.UUID;

/** A learner's target groups changed (campaign figures count learners per group): the groups before and after. */
@EventType("identity.learner-groups-changed")
public record LearnerGroupsChanged(UUID learnerId, Set<String> previousGroups, Set<String> groups) implements DomainEvent {
}
