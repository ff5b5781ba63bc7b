package org.hocvu.lms.shared.event;

import java.util.List;

/**
 * A context that follows one kind of domain event (campaign rollups follow a learner's unit and
 * groups): an {@code @ApplicationScoped} bean implementing this receives every committed event of
 * {@link #eventType()} once, in order. {@link #accept} runs in the transaction that also moves the
 * consumer's cursor, so what it writes commits with the cursor: a crash redelivers, never loses.
 */
public interface DomainEventConsumer<E extends DomainEvent> {
    /** A stable name: the key of this consumer's cursor. */
    String name();

    Class<E> eventType();

    void accept(List<DeliveredEvent<E>> events);
}
