package org.hocvu.lms.roster;

import java.time.Instant;
import java.util.UUID;

/**
 * A bulk enrolment job as its owner sees it: what it enrols into ({@code targetKind} course or
 * class, and which), how far it is ({@code processedRows} of {@code totalRows}, {@code percent}),
 * the counts (enrolled includes the new people created; already: enrolled before; failed: rows
 * refused, listed in the error report) and its state: queued, running, done or failed.
 */
public record EnrolmentJobView(UUID id, String targetKind, String targetId, String fileName, String state,
                               int totalRows, int processedRows, int percent, int enrolled, int created, int already,
                               int failed, Instant createdAt, Instant finishedAt, String errorsHref) {
    public boolean finished() {
        return "done".equals(state) || "failed".equals(state);
    }
}
