package org.hocvu.lms.shared.event;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class DomainEventsTest {
    @Inject
    Publisher publisher;
    @Inject
    DomainEvents events;
    @Inject
    DomainEventFeed feed;
    @Inject
    HappenedRecorder recorder;
    @Inject
    EntityManager em;

    @Test
    void anEventCommitsAndRollsBackWithItsChange() {
        String kept = UUID.randomUUID().toString();
        String lost = UUID.randomUUID().toString();
        publisher.publish(kept);
        assertThrows(IllegalStateException.class, () -> publisher.publishThenFail(lost));
        feed.drain();
        assertEquals(1, whats().stream().filter(kept::equals).count());
        assertEquals(0, whats().stream().filter(lost::equals).count());
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM domain_event WHERE payload->>'what' = ?1").setParameter(1, lost).getSingleResult()).longValue()));
    }

    @Test
    void publishingOutsideATransactionIsRefused() {
        assertThrows(TransactionalException.class, () -> events.publish(new Happened("alone", null)));
    }

    @Test
    void anEventStoredInAnOlderShapeIsStillDelivered() {
        String old = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        INSERT INTO domain_event (event_type, schema_version, payload, occurred_at)
                        VALUES ('test.happened', 1, CAST(?1 AS jsonb), now())""")
                .setParameter(1, "{\"what\":\"" + old + "\",\"gone\":true}").executeUpdate());
        feed.drain();
        DeliveredEvent<Happened> delivered = recorder.received().stream()
                .filter(e -> old.equals(e.event().what())).findFirst().orElseThrow();
        assertEquals(new Happened(old, null), delivered.event());
        List<Long> seqs = recorder.received().stream().map(DeliveredEvent::seq).toList();
        for (int i = 1; i < seqs.size(); i++) {
            assertTrue(seqs.get(i) > seqs.get(i - 1), "delivered in order: " + seqs);
        }
    }

    private List<String> whats() {
        return recorder.received().stream().map(e -> e.event().what()).toList();
    }
}
