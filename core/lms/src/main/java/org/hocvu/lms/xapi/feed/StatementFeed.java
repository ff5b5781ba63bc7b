package org.hocvu.lms.xapi.feed;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hocvu.lms.xapi.auth.XapiCallers;
import org.hocvu.lms.xapi.jdbc.Sql;
import org.hocvu.lms.xapi.json.XapiJson;
import org.hocvu.lms.shared.feed.FeedPositions;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Delivers committed statements to every {@link XapiStatementConsumer}, each with a durable cursor.
 * Sequence numbers are handed out before commit, so a transaction can commit seq 7 after another
 * committed seq 8; reading up to 8 would skip 7 forever. Statement writers therefore hold a shared
 * advisory lock while they write, and the feed takes it exclusively for an instant to read the
 * horizon: every seq at or below it is committed or rolled back, never in flight.
 * <p>
 * Each consumer has a lane of its own: a thread that delivers to it alone, so a slow consumer
 * (signing certificates) never holds back a fast one (the campaign's rollup). One thread learns the
 * horizon for all of them, so the writers' lock is taken once per pass, not once per consumer.
 */
@ApplicationScoped
public class StatementFeed {
    /** Writers hold it shared; the feed takes it exclusively for an instant to learn a safe horizon. */
    public static final long WRITERS_LOCK = 0x78617069L;
    private static final Logger LOG = Logger.getLogger(StatementFeed.class);
    private static final String CURSORS = "xapi_consumer_cursor";
    private static final int BATCH = 500;

    /** Marks a transaction whose commit already wakes the feed (one wake per transaction). */
    private static final Object WAKE_REGISTERED = new Object();

    @Inject
    Sql sql;
    @Inject
    TransactionSynchronizationRegistry registry;
    @Inject
    XapiCallers callers;
    @Inject
    Instance<XapiStatementConsumer> consumers;
    @ConfigProperty(name = "hocvu.xapi.feed.poll-millis", defaultValue = "1000")
    long pollMillis;
    @ConfigProperty(name = "hocvu.xapi.feed.min-gap-millis", defaultValue = "200")
    long minGapMillis;

    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
    /** One lock per consumer: its lane and a caller's drain never deliver to it at the same time. */
    private final Map<String, Object> delivering = new ConcurrentHashMap<>();
    /** The last horizon learnt: everything at or below it is committed; lanes deliver up to it. */
    private final AtomicLong published = new AtomicLong();
    private ScheduledExecutorService executor;

    /** A consumer's lane: its thread, and whether a delivery is already queued on it. */
    private record Lane(XapiStatementConsumer consumer, ExecutorService thread, AtomicBoolean queued) {
    }

    void start(@Observes StartupEvent event) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "xapi-feed"));
        for (XapiStatementConsumer consumer : consumers) {
            lanes.put(consumer.name(), new Lane(consumer,
                    Executors.newSingleThreadExecutor(r -> new Thread(r, "xapi-feed-" + consumer.name())), new AtomicBoolean()));
        }
        executor.scheduleWithFixedDelay(this::passQuietly, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
            lanes.values().forEach(lane -> lane.thread().shutdownNow());
        }
    }

    /**
     * Called by a statement writer inside its transaction: wakes the feed once that transaction has
     * committed, never when it rolls back (a consumer would find nothing new, or worse, later).
     */
    public void wakeAfterCommit() {
        if (registry.getResource(WAKE_REGISTERED) != null) {
            return;
        }
        registry.putResource(WAKE_REGISTERED, Boolean.TRUE);
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before: only a commit is news
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    wake();
                }
            }
        });
    }

    /** Delivers soon, coalescing bursts of commits into one pass. */
    public void wake() {
        if (executor != null && !lanes.isEmpty() && scheduled.compareAndSet(false, true)) {
            executor.schedule(() -> {
                scheduled.set(false);
                passQuietly();
            }, minGapMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** Delivers everything committed so far to every consumer; returns when they are all caught up. */
    public void drain() {
        long horizon = learnHorizon();
        for (XapiStatementConsumer consumer : consumers) {
            drain(consumer, horizon);
        }
    }

    /** Delivers everything committed so far to one consumer; returns when it has caught up. */
    public void drain(String consumer) {
        long horizon = learnHorizon();
        for (XapiStatementConsumer c : consumers) {
            if (c.name().equals(consumer)) {
                drain(c, horizon);
            }
        }
    }

    /** One lane's work: batches up to the horizon, one transaction each; lanes never run a consumer twice at once. */
    private void drain(XapiStatementConsumer consumer, long horizon) {
        synchronized (delivering.computeIfAbsent(consumer.name(), name -> new Object())) {
            while (QuarkusTransaction.requiringNew().call(() -> deliver(consumer, horizon)) == BATCH) {
                // a full batch: there may be more below the horizon
            }
        }
    }

    private long learnHorizon() {
        long horizon = horizon();
        published.accumulateAndGet(horizon, Math::max);
        LOG.debugf("xAPI statement feed: delivering up to seq %d", horizon);
        return horizon;
    }

    /** Learns the horizon, then queues a delivery on every lane that has none queued. */
    private void passQuietly() {
        try {
            learnHorizon();
        } catch (RuntimeException e) {
            LOG.warn("xAPI statement feed: could not learn the horizon, retrying on the next pass", e);
            return;
        }
        for (Lane lane : lanes.values()) {
            if (lane.queued().compareAndSet(false, true)) {
                lane.thread().execute(() -> {
                    lane.queued().set(false);
                    try {
                        drain(lane.consumer(), published.get());
                    } catch (RuntimeException e) {
                        LOG.warnf(e, "xAPI statement feed: delivery to %s failed, retrying on the next pass", lane.consumer().name());
                    }
                });
            }
        }
    }

    /** Sets a consumer's cursor back to the start: it receives the whole log again. */
    public void replay(String consumer) {
        sql.newTransaction(c -> Sql.update(c, """
                INSERT INTO xapi_consumer_cursor (consumer, position) VALUES (?, 0)
                ON CONFLICT (consumer) DO UPDATE SET position = 0, updated = now()""", update -> update.setString(1, consumer)));
    }

    /** The highest seq below which nothing is in flight (see {@link FeedPositions}). */
    private long horizon() {
        return sql.newTransaction(c -> FeedPositions.horizon(c, WRITERS_LOCK, "xapi_statement_seq_seq"));
    }

    /** One batch for one consumer, in the caller's transaction; returns how many statements it got. */
    private int deliver(XapiStatementConsumer consumer, long horizon) {
        return sql.connection(c -> {
            long position = FeedPositions.lockCursor(c, CURSORS, consumer.name());
            if (position < 0 || position >= horizon) {
                return 0;
            }
            List<LearningStatement> batch = Sql.query(c, """
                    SELECT seq, statement::text FROM xapi_statement
                    WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?""", q -> {
                q.setLong(1, position);
                q.setLong(2, horizon);
                q.setInt(3, BATCH);
            }, rs -> view(rs.getLong(1), XapiJson.parse(rs.getBytes(2), "statement")));
            LOG.debugf("xAPI statement feed: %s at %d gets %d statements", consumer.name(), position, batch.size());
            if (batch.isEmpty()) {
                return 0;
            }
            consumer.accept(batch);
            FeedPositions.move(c, CURSORS, consumer.name(), batch.get(batch.size() - 1).seq());
            return batch.size();
        });
    }

    private LearningStatement view(long seq, JsonNode statement) {
        return LearningStatement.of(seq, statement, callers.learnerOf(statement.get("actor")).orElse(null));
    }
}
