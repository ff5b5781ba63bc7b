package org.hocvu.lms.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Units by code, with their paths, kept in memory so that a scope check ("does this unit exist, is it
 * below that one") reads no table: hundreds of checks a second on the dashboards, while units change
 * a few times a year. Exact on this node: every write to the unit table calls {@link #changing} inside
 * its transaction; from then until that transaction ends nothing is kept (reads go to the database and
 * see what that transaction sees), and once it ends everything known is forgotten. Entries also expire
 * after a few minutes, for writes this node does not see (another node, SQL by hand).
 */
@ApplicationScoped
class KnownUnits {
    /** A unit as the API shows it (without path) and its materialized path, "/82/28249/". */
    record Known(UnitView unit, String path, long loadedAt) {
    }

    @ConfigProperty(name = "hocvu.unit.lookup.minutes", defaultValue = "5")
    long minutes;
    @Inject
    Event<WriteEnded> ended;
    @Inject
    EntityManager em;

    private final ConcurrentHashMap<String, Known> known = new ConcurrentHashMap<>();
    /** Moves on every forget: a read that began before one does not keep what it read. */
    private final AtomicLong generation = new AtomicLong();
    /** Write transactions on the unit table still open: nothing is kept meanwhile. */
    private final AtomicInteger writing = new AtomicInteger();

    /** The unit, from memory or the database (unknown codes are not kept). */
    Optional<Known> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Known kept = known.get(code);
        if (kept != null && System.nanoTime() - kept.loadedAt() < TimeUnit.MINUTES.toNanos(minutes)) {
            return Optional.of(kept);
        }
        long before = generation.get();
        // columns, not the entity: a session's copy may be older than the last committed change
        List<Object[]> rows = em.createQuery("SELECT u.code, u.name, u.kind, u.depth, u.official, u.parentCode, u.closedAt, u.path"
                + " FROM AdminUnit u WHERE u.code = :code", Object[].class).setParameter("code", code).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        Known read = new Known(new UnitView((String) r[0], (String) r[1], (String) r[2], (Integer) r[3], (Boolean) r[4], (String) r[5],
                null, null, (Instant) r[6]), (String) r[7], System.nanoTime());
        if (writing.get() == 0 && generation.get() == before) {
            known.put(code, read);
            if (writing.get() != 0 || generation.get() != before) {
                known.remove(code, read); // a write began or ended between the check and the put
            }
        }
        return Optional.of(read);
    }

    /**
     * Called by a write to the unit table inside its transaction, before it changes anything: forgets
     * everything now and again when the transaction ends, committed or not (at once outside one).
     */
    void changing() {
        writing.incrementAndGet();
        forget();
        ended.fire(new WriteEnded());
    }

    /** Forgets every unit: after a write outside a JTA transaction (the start-up loader's). */
    void forget() {
        generation.incrementAndGet();
        known.clear();
    }

    record WriteEnded() {
    }

    void writeEnded(@Observes(during = TransactionPhase.AFTER_COMPLETION) WriteEnded event) {
        forget();
        writing.decrementAndGet();
    }
}
