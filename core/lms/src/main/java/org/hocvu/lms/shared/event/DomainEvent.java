package org.hocvu.lms.shared.event;

/**
 * Something that happened in one context that others must follow, published through
 * {@link DomainEvents} in the transaction of the change. Implementations are records annotated
 * with {@link EventType}; their fields are the payload, stored as JSON.
 */
public interface DomainEvent {
}
