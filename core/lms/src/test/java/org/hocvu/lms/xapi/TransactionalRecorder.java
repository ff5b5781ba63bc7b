package org.hocvu.lms.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hocvu.lms.xapi.record.LearningEvent;
import org.hocvu.lms.xapi.record.LearningRecords;

import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * An engine service as the LMS has them: in one {@code @Transactional} method it writes its own row
 * (through Hibernate's connection) and records the learning event that goes with it.
 */
@ApplicationScoped
public class TransactionalRecorder {
    @Inject
    EntityManager em;
    @Inject
    LearningRecords records;

    /** Thrown after both writes, to roll them back together. */
    static class ChangedMind extends RuntimeException {
        ChangedMind() {
            super("the service fails after both writes");
        }
    }

    @Transactional
    public UUID saveAndRecord(String docId, LearningEvent event, boolean failAfterwards) {
        em.createNativeQuery("""
                        INSERT INTO xapi_document (kind, activity_id, agent_key, registration, doc_id, content_type, content, etag, updated)
                        VALUES ('STATE', 'http://example.org/recorder', 'test', '', ?1, 'application/json', '{}'::bytea, 'etag', now())""")
                .setParameter(1, docId).executeUpdate();
        UUID id = records.record(event);
        if (failAfterwards) {
            throw new ChangedMind();
        }
        return id;
    }

    /** A slow writer: records, says so, then keeps its transaction open until released. */
    @Transactional
    public UUID recordAndWait(LearningEvent event, CountDownLatch recorded, CountDownLatch release) throws InterruptedException {
        UUID id = records.record(event);
        recorded.countDown();
        if (!release.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("never released");
        }
        return id;
    }
}
