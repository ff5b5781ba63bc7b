package org.hocvu.lms.shared.event;

/** A test event: version 2 of its shape added {@code detail}; older stored ones lack it. */
@EventType(value = "test.happened", schemaVersion = 2)
public record Happened(String what, String detail) implements DomainEvent {
}
