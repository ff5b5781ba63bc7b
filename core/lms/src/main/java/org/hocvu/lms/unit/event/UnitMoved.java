package org.hocvu.lms.unit.event;

import org.hocvu.lms.shared.event.DomainEvent;
import org.hocvu.lms.shared.event.EventType;

/**
 * A unit added below a commune was moved below another unit, with everything below it: figures per
 * unit and "this unit and below" follow (the learners in it now count under the new parent).
 */
@EventType("unit.unit-moved")
public record UnitMoved(String unit, String previousParent, String parent) implements DomainEvent {
}
