package org.hocvu.lms.roster;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Works through the open jobs in the background, one chunk per transaction: the chunk's people are
 * found or created in Keycloak first (outside the transaction), then their enrolments, statements,
 * row outcomes and the job's cursor commit together. A node that dies leaves its job's lease to
 * expire; any node then resumes it at the cursor, so nothing of a chunk is half done and nothing
 * committed is done twice. Each node runs one worker thread, polling for open jobs and woken at once
 * when a job is created here.
 */
@ApplicationScoped
public class RosterWorker {
    private static final Logger LOG = Logger.getLogger(RosterWorker.class);

    @Inject
    JobStore store;
    @Inject
    RowResolver resolver;
    @Inject
    RosterTargets targets;
    @ConfigProperty(name = "hocvu.roster.chunk-size", defaultValue = "200")
    int chunkSize;
    @ConfigProperty(name = "hocvu.roster.lease", defaultValue = "PT2M")
    Duration lease;
    @ConfigProperty(name = "hocvu.roster.poll", defaultValue = "PT5S")
    Duration poll;
    @ConfigProperty(name = "hocvu.roster.retry-after", defaultValue = "PT30S")
    Duration retryAfter;
    @ConfigProperty(name = "hocvu.roster.max-attempts", defaultValue = "5")
    int maxAttempts;

    private ScheduledExecutorService executor;
    private final AtomicBoolean woken = new AtomicBoolean();

    void start(@Observes StartupEvent event) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hocvu-roster-worker");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::drain, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** A job was created here: start on it now rather than at the next poll. */
    public void wake() {
        if (executor != null && woken.compareAndSet(false, true)) {
            executor.execute(() -> {
                woken.set(false);
                drain();
            });
        }
    }

    /** Every job that can be worked on now, one after the other. */
    void drain() {
        try {
            Optional<UUID> job;
            while ((job = QuarkusTransaction.requiringNew().call(() -> store.claim(lease))).isPresent()) {
                run(job.get());
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Bulk enrolment: looking for open jobs failed; trying again in %s", poll);
        }
    }

    /** A job's chunks until it is done, or a chunk fails (then the job waits {@code retryAfter}, lease held). */
    void run(UUID jobId) {
        while (true) {
            JobStore.Job job = QuarkusTransaction.requiringNew().call(() -> store.job(jobId)).orElse(null);
            if (job == null || !"running".equals(job.state())) {
                return;
            }
            try {
                if (!chunk(job)) {
                    return;
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "Bulk enrolment %s: the chunk after row %d failed (attempt %d); it is tried again in %s",
                        jobId, job.nextRow(), job.attempts() + 1, retryAfter);
                QuarkusTransaction.requiringNew().run(() -> store.failedAttempt(jobId, retryAfter, maxAttempts));
                return;
            }
        }
    }

    /** One chunk from the job's cursor; false when the job is finished or another worker took it over. */
    private boolean chunk(JobStore.Job job) {
        int from = job.nextRow();
        int to = Math.min(job.totalRows(), from + chunkSize);
        List<CsvRow> rows = QuarkusTransaction.requiringNew().call(() -> store.pending(job.id(), from, chunkSize));
        List<RowResolver.Resolution> resolved = new ArrayList<>(rows.size());
        for (CsvRow row : rows) {
            resolved.add(resolver.resolve(row, job.target()));
        }
        boolean last = to >= job.totalRows();
        boolean moved = QuarkusTransaction.requiringNew().call(() -> {
            List<JobStore.Outcome> outcomes = new ArrayList<>(resolved.size());
            for (RowResolver.Resolution r : resolved) {
                outcomes.add(targets.apply(job.target(), r));
            }
            if (!store.complete(job.id(), from, to, outcomes, last, lease)) {
                QuarkusTransaction.setRollbackOnly();
                return false;
            }
            return true;
        });
        return moved && !last;
    }
}
