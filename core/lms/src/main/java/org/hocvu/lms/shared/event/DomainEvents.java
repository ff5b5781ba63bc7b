package org.hocvu.lms.shared.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * Publishes domain events through the outbox table: the event is a row written in the caller's
 * transaction, so it exists exactly when the change it reports was committed. The
 * {@link DomainEventFeed} delivers it to consumers after commit.
 */
@ApplicationScoped
public class DomainEvents {
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    DomainEventFeed feed;
    @Inject
    Clock clock;

    /** Adds the event to the caller's transaction; there must be one, or the change and its event could part. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(DomainEvent event) {
        EventType type = EventTypes.of(event.getClass());
        // writers hold the outbox lock shared until commit; the feed's horizon waits for them (see DomainEventFeed)
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock_shared(?1)) AS held")
                .setParameter(1, DomainEventFeed.WRITERS_LOCK).getSingleResult();
        em.createNativeQuery("""
                        INSERT INTO domain_event (event_type, schema_version, payload, occurred_at)
                        VALUES (?1, ?2, CAST(?3 AS jsonb), ?4)""")
                .setParameter(1, type.value()).setParameter(2, type.schemaVersion())
                .setParameter(3, write(event)).setParameter(4, clock.instant())
                .executeUpdate();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    feed.wake();
                }
            }
        });
    }

    private String write(DomainEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.getClass().getName() + " cannot be written as JSON", e);
        }
    }
}
