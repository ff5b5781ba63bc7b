package org.hocvu.lms.xapi.feed;

import java.util.List;

/**
 * A part of HọcVụ that follows the statement log (competency profiles, campaign rollups): an
 * {@code @ApplicationScoped} bean implementing this is found by CDI and fed every committed
 * statement once, in seq order. {@link #accept} runs inside the transaction that also moves the
 * consumer's cursor, so what the consumer writes through the EntityManager or the datasource
 * commits together with the cursor: a crash redelivers the batch, it never loses or counts it twice.
 * Voided statements are delivered too (they were stored); a voiding statement tells the consumer
 * to take its target back out.
 */
public interface XapiStatementConsumer {
    /** A stable name: the key of this consumer's cursor. */
    String name();

    void accept(List<LearningStatement> statements);
}
