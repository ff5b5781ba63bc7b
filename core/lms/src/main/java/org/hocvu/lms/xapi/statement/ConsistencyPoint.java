package org.hocvu.lms.xapi.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hocvu.lms.xapi.feed.StatementFeed;
import org.hocvu.lms.xapi.jdbc.Sql;

import java.time.Instant;

/**
 * X-Experience-API-Consistent-Through (Communication 2.1.3): an instant such that every statement
 * stored up to it is readable. A writer holds the writers' advisory lock (see StatementFeed) from
 * before it reads the database clock for {@code stored} until its transaction ends, so the writes
 * in flight, on every node, are the lock's holders in pg_locks; none of them stored anything before
 * its transaction started. The answer is just before the earliest such start, or before now when
 * nothing is in flight ({@code stored} has millisecond precision, hence the millisecond less).
 * <p>
 * An answer stays true as time passes (later writers store later instants), so one is reused for
 * a moment instead of asking the database on every request.
 */
@ApplicationScoped
public class ConsistencyPoint {
    private static final long REUSE_NANOS = 100_000_000L;
    private static final String QUERY = """
            SELECT date_trunc('milliseconds', least(now(), min(a.xact_start))) - interval '1 millisecond'
            FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND l.classid = (? >> 32)::oid AND l.objid = (? & 4294967295)::oid AND l.objsubid = 1""";

    @Inject
    Sql sql;

    private record Answer(Instant through, long at) {
    }

    private volatile Answer last;

    public Instant consistentThrough() {
        Answer answer = last;
        long now = System.nanoTime();
        if (answer == null || now - answer.at() > REUSE_NANOS) {
            answer = new Answer(ask(), now);
            last = answer;
        }
        return answer.through();
    }

    private Instant ask() {
        return sql.one(QUERY, q -> {
            q.setLong(1, StatementFeed.WRITERS_LOCK);
            q.setLong(2, StatementFeed.WRITERS_LOCK);
        }, rs -> rs.getTimestamp(1).toInstant()).orElseThrow();
    }
}
