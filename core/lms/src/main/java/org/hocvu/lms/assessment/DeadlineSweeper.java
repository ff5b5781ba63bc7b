package org.hocvu.lms.assessment;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Finishes attempts whose deadline has passed, whether or not the learner is still there, with
 * the deadline as their finish time. Several nodes may sweep at once: each locks what it takes.
 */
@ApplicationScoped
class DeadlineSweeper {
    private static final Logger LOG = Logger.getLogger(DeadlineSweeper.class);
    private static final int BATCH = 50;

    @Inject
    AttemptService attempts;

    @Scheduled(every = "${hocvu.assessment.sweep-every:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        int finished;
        int total = 0;
        do {
            finished = attempts.finishDue(BATCH);
            total += finished;
        } while (finished == BATCH);
        if (total > 0) {
            LOG.infof("Finished %d attempt(s) at their deadline", total);
        }
    }
}
