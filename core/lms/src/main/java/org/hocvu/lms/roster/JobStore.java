package org.hocvu.lms.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hocvu.lms.shared.data.SqlValues;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The jobs' rows in the database, the only place their state lives: a job row (target, cursor,
 * counts, lease) and one row per CSV row (as read, then its outcome). Every method joins the
 * caller's transaction; the worker decides where transactions begin and end.
 */
@ApplicationScoped
class JobStore {
    private static final int INSERT_BATCH = 1000;
    private static final String JOB_COLUMNS = "id, target_kind, target_id, file_name, state, total_rows, next_row, enrolled, "
            + "created, already, failed, created_at, finished_at, owner_id, scope_unit, attempts";

    @Inject
    EntityManager em;

    /** A job as stored: its view's fields and what the worker needs. */
    record Job(UUID id, JobTarget target, String fileName, String state, int totalRows, int nextRow, int enrolled,
               int created, int already, int failed, Instant createdAt, Instant finishedAt, int attempts) {
    }

    /** One outcome of a processed row: enrolled, created, already or error (with its reason). */
    record Outcome(int rowNo, String outcome, String reasonKey, String reasonArg) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void insert(UUID id, JobTarget target, String fileName, List<CsvRow> rows, Instant now) {
        int failed = (int) rows.stream().filter(r -> r.problem() != null).count();
        em.createNativeQuery("""
                        INSERT INTO roster_job (id, owner_id, target_kind, target_id, scope_unit, file_name, state,
                          total_rows, next_row, failed, created_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'queued', ?7, 0, ?8, ?9)""")
                .setParameter(1, id).setParameter(2, target.ownerId()).setParameter(3, target.kind().dataName())
                .setParameter(4, target.targetId()).setParameter(5, target.scopeUnit()).setParameter(6, fileName)
                .setParameter(7, rows.size()).setParameter(8, failed).setParameter(9, now).executeUpdate();
        for (int from = 0; from < rows.size(); from += INSERT_BATCH) {
            List<CsvRow> batch = rows.subList(from, Math.min(rows.size(), from + INSERT_BATCH));
            em.createNativeQuery("""
                            INSERT INTO roster_job_row (job_id, row_no, line_no, username, email, full_name, unit_code, groups,
                              outcome, reason_key, reason_arg)
                            SELECT ?1, r.n, r.l, r.u, r.e, r.f, r.c, r.g, CASE WHEN r.k IS NULL THEN NULL ELSE 'error' END, r.k, r.a
                            FROM unnest(CAST(?2 AS int[]), CAST(?3 AS int[]), CAST(?4 AS text[]), CAST(?5 AS text[]),
                              CAST(?6 AS text[]), CAST(?7 AS text[]), CAST(?8 AS text[]), CAST(?9 AS text[]), CAST(?10 AS text[]))
                              AS r(n, l, u, e, f, c, g, k, a)""")
                    .setParameter(1, id)
                    .setParameter(2, PgArrays.ints(batch.stream().map(CsvRow::rowNo).toList()))
                    .setParameter(3, PgArrays.ints(batch.stream().map(CsvRow::lineNo).toList()))
                    .setParameter(4, PgArrays.text(batch.stream().map(CsvRow::username).toList()))
                    .setParameter(5, PgArrays.text(batch.stream().map(CsvRow::email).toList()))
                    .setParameter(6, PgArrays.text(batch.stream().map(CsvRow::fullName).toList()))
                    .setParameter(7, PgArrays.text(batch.stream().map(CsvRow::unitCode).toList()))
                    .setParameter(8, PgArrays.text(batch.stream().map(r -> r.groups().isEmpty() ? null : String.join(";", r.groups())).toList()))
                    .setParameter(9, PgArrays.text(batch.stream().map(CsvRow::problem).toList()))
                    .setParameter(10, PgArrays.text(batch.stream().map(CsvRow::problemArg).toList()))
                    .executeUpdate();
        }
    }

    @Transactional
    Optional<Job> job(UUID id) {
        return jobs("WHERE id = ?1", id).stream().findFirst();
    }

    @Transactional
    List<Job> ownedBy(UUID owner, int limit) {
        return jobs("WHERE owner_id = ?1 ORDER BY created_at DESC LIMIT " + limit, owner);
    }

    private List<Job> jobs(String where, Object value) {
        return ((List<?>) em.createNativeQuery("SELECT " + JOB_COLUMNS + " FROM roster_job " + where)
                .setParameter(1, value).getResultList()).stream().map(r -> (Object[]) r)
                .map(r -> new Job((UUID) r[0], new JobTarget(JobTarget.Kind.of((String) r[1]), (String) r[2], (UUID) r[13], (String) r[14]),
                        (String) r[3], (String) r[4], n(r[5]), n(r[6]), n(r[7]), n(r[8]), n(r[9]), n(r[10]),
                        SqlValues.instant(r[11]), SqlValues.instant(r[12]), n(r[15])))
                .toList();
    }

    /**
     * Takes the oldest open job whose lease is free or expired (its worker died), for {@code lease};
     * another node's worker skips it meanwhile.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<UUID> claim(Duration lease) {
        List<?> ids = em.createNativeQuery("""
                        UPDATE roster_job SET state = 'running', lease_until = now() + CAST(?1 AS interval)
                        WHERE id = (SELECT id FROM roster_job WHERE state IN ('queued', 'running')
                                      AND (lease_until IS NULL OR lease_until < now())
                                    ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
                        RETURNING id""")
                .setParameter(1, lease.toSeconds() + " seconds").getResultList();
        return ids.stream().map(id -> (UUID) id).findFirst();
    }

    /** The rows of the next chunk not yet processed: from the cursor, {@code size} rows of the file. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<CsvRow> pending(UUID job, int nextRow, int size) {
        return ((List<?>) em.createNativeQuery("""
                        SELECT row_no, line_no, username, email, full_name, unit_code, groups FROM roster_job_row
                        WHERE job_id = ?1 AND row_no > ?2 AND row_no <= ?3 AND outcome IS NULL ORDER BY row_no""")
                .setParameter(1, job).setParameter(2, nextRow).setParameter(3, nextRow + size).getResultList())
                .stream().map(r -> (Object[]) r)
                .map(r -> new CsvRow(n(r[0]), n(r[1]), (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                        r[6] == null ? java.util.Set.of() : new LinkedHashSet<>(Arrays.asList(((String) r[6]).split(";"))), null, null))
                .toList();
    }

    /**
     * Writes a chunk's outcomes and moves the cursor past it, only if the cursor is still where this
     * worker read it (false: another worker did this chunk meanwhile, and the caller must roll back).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean complete(UUID job, int fromRow, int toRow, List<Outcome> outcomes, boolean last, Duration lease) {
        int moved = em.createNativeQuery("""
                        UPDATE roster_job SET next_row = ?3, attempts = 0,
                          enrolled = enrolled + ?4, created = created + ?5, already = already + ?6, failed = failed + ?7,
                          state = CASE WHEN ?8 THEN 'done' ELSE state END,
                          finished_at = CASE WHEN ?8 THEN now() ELSE NULL END,
                          lease_until = CASE WHEN ?8 THEN NULL ELSE now() + CAST(?9 AS interval) END
                        WHERE id = ?1 AND next_row = ?2""")
                .setParameter(1, job).setParameter(2, fromRow).setParameter(3, toRow)
                .setParameter(4, count(outcomes, "enrolled") + count(outcomes, "created"))
                .setParameter(5, count(outcomes, "created")).setParameter(6, count(outcomes, "already"))
                .setParameter(7, count(outcomes, "error")).setParameter(8, last)
                .setParameter(9, lease.toSeconds() + " seconds").executeUpdate();
        if (moved == 0) {
            return false;
        }
        if (!outcomes.isEmpty()) {
            em.createNativeQuery("""
                            UPDATE roster_job_row r SET outcome = o.outcome, reason_key = o.k, reason_arg = o.a
                            FROM unnest(CAST(?2 AS int[]), CAST(?3 AS text[]), CAST(?4 AS text[]), CAST(?5 AS text[]))
                              AS o(row_no, outcome, k, a)
                            WHERE r.job_id = ?1 AND r.row_no = o.row_no""")
                    .setParameter(1, job)
                    .setParameter(2, PgArrays.ints(outcomes.stream().map(Outcome::rowNo).toList()))
                    .setParameter(3, PgArrays.text(outcomes.stream().map(Outcome::outcome).toList()))
                    .setParameter(4, PgArrays.text(outcomes.stream().map(Outcome::reasonKey).toList()))
                    .setParameter(5, PgArrays.text(outcomes.stream().map(Outcome::reasonArg).toList()))
                    .executeUpdate();
        }
        return true;
    }

    /** A chunk failed (Keycloak or the database away): tried again after {@code retryAfter}, given up after {@code maxAttempts}. */
    @Transactional(Transactional.TxType.MANDATORY)
    void failedAttempt(UUID job, Duration retryAfter, int maxAttempts) {
        em.createNativeQuery("""
                        UPDATE roster_job SET attempts = attempts + 1, lease_until = now() + CAST(?2 AS interval),
                          state = CASE WHEN attempts + 1 >= ?3 THEN 'failed' ELSE state END,
                          finished_at = CASE WHEN attempts + 1 >= ?3 THEN now() ELSE NULL END
                        WHERE id = ?1""")
                .setParameter(1, job).setParameter(2, retryAfter.toMillis() + " milliseconds").setParameter(3, maxAttempts)
                .executeUpdate();
    }

    /** The rows refused, in file order, for the error report: line, username, e-mail, name, reason key and value. */
    @Transactional
    List<Object[]> errors(UUID job) {
        return ((List<?>) em.createNativeQuery("""
                        SELECT line_no, username, email, full_name, reason_key, reason_arg FROM roster_job_row
                        WHERE job_id = ?1 AND outcome = 'error' ORDER BY row_no""")
                .setParameter(1, job).getResultList()).stream().map(r -> (Object[]) r).toList();
    }

    private static int count(List<Outcome> outcomes, String outcome) {
        return (int) outcomes.stream().filter(o -> o.outcome().equals(outcome)).count();
    }

    private static int n(Object value) {
        return ((Number) value).intValue();
    }
}
