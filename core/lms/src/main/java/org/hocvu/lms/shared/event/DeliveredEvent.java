package org.hocvu.lms.shared.event;

import java.time.Instant;

/** A committed domain event as a consumer receives it: its place in the outbox, when it happened, what. */
public record DeliveredEvent<E extends DomainEvent>(long seq, Instant occurredAt, E event) {
}
