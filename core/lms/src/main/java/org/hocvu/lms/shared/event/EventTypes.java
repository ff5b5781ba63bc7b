package org.hocvu.lms.shared.event;

/** Reads an event class's {@link EventType}; a class without one is a programming error, found at its first use. */
final class EventTypes {
    private EventTypes() {
    }

    static EventType of(Class<?> eventClass) {
        EventType type = eventClass.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalStateException(eventClass.getName() + " is a DomainEvent without @EventType");
        }
        return type;
    }
}
