package org.hocvu.lms.shared.event;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hocvu.lms.shared.feed.FeedPositions;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Delivers committed domain events to every {@link DomainEventConsumer}, each with a durable cursor
 * in {@code domain_event_cursor}. Sequence numbers are taken before commit, so seq 8 can commit
 * before seq 7; publishers therefore hold {@link #WRITERS_LOCK} shared until they commit and the
 * feed takes it exclusively for an instant to learn a horizon below which nothing is in flight.
 */
@ApplicationScoped
public class DomainEventFeed {
    static final long WRITERS_LOCK = 0x6576656e74L;
    private static final Logger LOG = Logger.getLogger(DomainEventFeed.class);
    private static final int BATCH = 500;
    private static final String CURSORS = "domain_event_cursor";

    @Inject
    AgroalDataSource db;
    @Inject
    @Any
    Instance<DomainEventConsumer<?>> consumers;
    @Inject
    ObjectMapper json;
    @ConfigProperty(name = "hocvu.events.poll-millis", defaultValue = "1000")
    long pollMillis;

    private final AtomicBoolean scheduled = new AtomicBoolean();
    private ScheduledExecutorService executor;
    private ObjectMapper reader;

    void start(@Observes StartupEvent event) {
        // a newer record may have fields an older stored event lacks, and the reverse
        reader = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "domain-event-feed"));
        executor.scheduleWithFixedDelay(this::drainQuietly, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** Called after a publisher commits: delivers soon, one pass for a burst of commits. */
    void wake() {
        if (executor != null && scheduled.compareAndSet(false, true)) {
            executor.submit(() -> {
                scheduled.set(false);
                drainQuietly();
            });
        }
    }

    /** Delivers everything committed so far to every consumer; returns when all are caught up. */
    public synchronized void drain() {
        if (!consumers.iterator().hasNext()) {
            return;
        }
        long horizon = horizon();
        for (DomainEventConsumer<?> consumer : consumers) {
            while (QuarkusTransaction.requiringNew().call(() -> deliver(consumer, horizon)) == BATCH) {
                // a full batch: there may be more below the horizon
            }
        }
    }

    private void drainQuietly() {
        try {
            drain();
        } catch (RuntimeException e) {
            LOG.warn("Domain event feed: delivery failed, retrying on the next pass", e);
        }
    }

    private long horizon() {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                return FeedPositions.horizon(c, WRITERS_LOCK, "domain_event_seq_seq");
            } finally {
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One batch for one consumer in the current transaction; returns how many events it read. */
    private <E extends DomainEvent> int deliver(DomainEventConsumer<E> consumer, long horizon) {
        EventType type = EventTypes.of(consumer.eventType());
        try (Connection c = db.getConnection()) {
            long position = FeedPositions.lockCursor(c, CURSORS, consumer.name());
            if (position < 0) {
                return 0;
            }
            List<DeliveredEvent<E>> batch = new ArrayList<>();
            long last = position;
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT seq, occurred_at, schema_version, payload::text FROM domain_event
                    WHERE event_type = ? AND seq > ? AND seq <= ? ORDER BY seq LIMIT ?""")) {
                q.setString(1, type.value());
                q.setLong(2, position);
                q.setLong(3, horizon);
                q.setInt(4, BATCH);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        last = rs.getLong(1);
                        batch.add(new DeliveredEvent<>(last, rs.getTimestamp(2).toInstant(),
                                read(consumer.eventType(), type, rs.getInt(3), rs.getString(4))));
                    }
                }
            }
            if (!batch.isEmpty()) {
                consumer.accept(batch);
            }
            // with nothing of its type left below the horizon the cursor moves there, skipping other types' events
            long moveTo = batch.size() < BATCH ? horizon : last;
            if (moveTo > position) {
                FeedPositions.move(c, CURSORS, consumer.name(), moveTo);
            }
            return batch.size();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private <E extends DomainEvent> E read(Class<E> eventClass, EventType type, int storedVersion, String payload) {
        if (storedVersion > type.schemaVersion()) {
            throw new IllegalStateException("event " + type.value() + " was stored in schema version " + storedVersion
                    + ", newer than this node's " + type.schemaVersion() + ": upgrade this node");
        }
        try {
            return reader.readValue(payload, eventClass);
        } catch (IOException e) {
            throw new IllegalStateException("stored event " + type.value() + " is not readable as " + eventClass.getName(), e);
        }
    }
}
