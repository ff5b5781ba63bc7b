package org.hocvu.lms.identity.event;

import org.hocvu.lms.shared.event.DomainEvent;
import org.hocvu.lms.shared.event.EventType;

import java.util.UUID;

/**
 * A learner's administrative unit was set or changed (campaign figures count learners per unit).
 *
 * @param previousUnit null when the learner had no unit yet
 */
@EventType("identity.learner-unit-changed")
public record LearnerUnitChanged(UUID learnerId, String previousUnit, String unit) implements DomainEvent {
}
