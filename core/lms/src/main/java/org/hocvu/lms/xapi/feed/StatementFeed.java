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

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Delivers committed statements to every {@link XapiStatementConsumer}, each with a durable cursor.
 * Sequence numbers are handed out before commit, so a transaction can commit seq 7 after another
 * committed seq 8; reading up to 8 would skip 7 forever. Statement writers therefore hold a shared
 * advisory lock while they write, and the feed takes it exclusively for an instant to read the
 * horizon: every seq at or below it is committed or rolled back, never in flight.
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
    private ScheduledExecutorService executor;

    void start(@Observes StartupEvent event) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "xapi-feed"));
        executor.scheduleWithFixedDelay(this::drainQuietly, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
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
        if (executor != null && consumers.iterator().hasNext() && scheduled.compareAndSet(false, true)) {
            executor.schedule(() -> {
                scheduled.set(false);
                drainQuietly();
            }, minGapMillis, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Delivers everything committed so far to every consumer; returns when they are all caught up.
     * The log is read once per window and handed to every consumer whose cursor lies in it: reading
     * and parsing a statement costs more than most consumers' work on it, and they usually stand together.
     */
    public synchronized void drain() {
        if (!consumers.iterator().hasNext()) {
            return;
        }
        long horizon = horizon();
        LOG.debugf("xAPI statement feed: delivering up to seq %d", horizon);
        while (true) {
            long from = sql.connection(this::lowestPosition);
            List<LearningStatement> window = from >= horizon ? List.of() : sql.connection(c -> read(c, from, horizon));
            if (window.isEmpty()) {
                return;
            }
            for (XapiStatementConsumer consumer : consumers) {
                QuarkusTransaction.requiringNew().run(() -> deliver(consumer, from, window, horizon));
            }
        }
    }

    /** Sets a consumer's cursor back to the start: it receives the whole log again. */
    public void replay(String consumer) {
        sql.newTransaction(c -> Sql.update(c, """
                INSERT INTO xapi_consumer_cursor (consumer, position) VALUES (?, 0)
                ON CONFLICT (consumer) DO UPDATE SET position = 0, updated = now()""", update -> update.setString(1, consumer)));
    }

    private void drainQuietly() {
        try {
            drain();
        } catch (RuntimeException e) {
            LOG.warn("xAPI statement feed: delivery failed, retrying on the next pass", e);
        }
    }

    /** The highest seq below which nothing is in flight (see {@link FeedPositions}). */
    private long horizon() {
        return sql.newTransaction(c -> FeedPositions.horizon(c, WRITERS_LOCK, "xapi_statement_seq_seq"));
    }

    /** The lowest cursor of the consumers (0 for one that has none yet). */
    private long lowestPosition(Connection c) throws SQLException {
        Map<String, Long> positions = new HashMap<>();
        for (Map.Entry<String, Long> cursor : Sql.query(c, "SELECT consumer, position FROM " + CURSORS, q -> { },
                rs -> Map.entry(rs.getString(1), rs.getLong(2)))) {
            positions.put(cursor.getKey(), cursor.getValue());
        }
        long lowest = Long.MAX_VALUE;
        for (XapiStatementConsumer consumer : consumers) {
            lowest = Math.min(lowest, positions.getOrDefault(consumer.name(), 0L));
        }
        return lowest;
    }

    /** Up to a batch of the statements after {@code position}, up to the horizon, in seq order. */
    private List<LearningStatement> read(Connection c, long position, long horizon) throws SQLException {
        return Sql.query(c, """
                SELECT seq, statement::text FROM xapi_statement
                WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?""", q -> {
            q.setLong(1, position);
            q.setLong(2, horizon);
            q.setInt(3, BATCH);
        }, rs -> view(rs.getLong(1), XapiJson.parse(rs.getBytes(2), "statement")));
    }

    /**
     * The window's statements after the consumer's cursor, in the caller's transaction. The window
     * holds every statement in (from, its last seq]; a cursor set back below it since (a replay)
     * reads its own batch instead.
     */
    private void deliver(XapiStatementConsumer consumer, long from, List<LearningStatement> window, long horizon) {
        sql.connection(c -> {
            long position = FeedPositions.lockCursor(c, CURSORS, consumer.name());
            long last = window.get(window.size() - 1).seq();
            if (position < 0 || position >= last) {
                return null;
            }
            List<LearningStatement> batch = position >= from
                    ? window.stream().filter(s -> s.seq() > position).toList()
                    : read(c, position, horizon);
            LOG.debugf("xAPI statement feed: %s at %d gets %d statements", consumer.name(), position, batch.size());
            if (!batch.isEmpty()) {
                consumer.accept(batch);
                FeedPositions.move(c, CURSORS, consumer.name(), batch.get(batch.size() - 1).seq());
            }
            return null;
        });
    }

    private LearningStatement view(long seq, JsonNode statement) {
        return LearningStatement.of(seq, statement, callers.learnerOf(statement.get("actor")).orElse(null));
    }
}
