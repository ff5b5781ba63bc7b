package org.hocvu.lms.classroom;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hocvu.lms.shared.ApiException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Refuses guessing class codes: after {@code hocvu.classroom.join-failures} wrong codes within
 * {@code hocvu.classroom.join-window}, a person's further tries are refused (429) until the oldest
 * failure leaves the window, even with the right code. Failures are rows, so a restart or another
 * node forgets nothing.
 */
@ApplicationScoped
class JoinGuard {
    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @ConfigProperty(name = "hocvu.classroom.join-failures", defaultValue = "10")
    int maxFailures;
    @ConfigProperty(name = "hocvu.classroom.join-window", defaultValue = "PT15M")
    Duration window;

    /** Throws 429 when {@code learner} used up their wrong guesses. */
    void check(UUID learner) {
        Instant since = clock.instant().minus(window);
        long failures = ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM classroom_join_failure WHERE learner_id = ?1 AND failed_at > ?2")
                .setParameter(1, learner).setParameter(2, since).getSingleResult()).longValue();
        if (failures >= maxFailures) {
            throw new ApiException(Response.Status.TOO_MANY_REQUESTS, "classroom.join.too-many", "code",
                    Math.max(1, window.toMinutes()));
        }
    }

    /** Counts a wrong code, in its own transaction: the refusal that follows rolls the caller's back. */
    void failed(UUID learner) {
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM classroom_join_failure WHERE learner_id = ?1 AND failed_at <= ?2")
                    .setParameter(1, learner).setParameter(2, now.minus(window)).executeUpdate();
            em.createNativeQuery("INSERT INTO classroom_join_failure (learner_id, failed_at) VALUES (?1, ?2)")
                    .setParameter(1, learner).setParameter(2, now).executeUpdate();
        });
    }
}
