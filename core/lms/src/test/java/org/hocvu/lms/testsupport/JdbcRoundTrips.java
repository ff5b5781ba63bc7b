package org.hocvu.lms.testsupport;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Counts what the PostgreSQL driver sends to the server from the calling thread while some work runs,
 * read from the driver's own protocol log: statements executed (BEGIN and COMMIT included) and round
 * trips (Sync messages, each one a wait for the server). Other threads (feeds, sweepers) are not counted.
 */
public final class JdbcRoundTrips {
    private static final String PROTOCOL_LOGGER = "org.postgresql.core.v3.QueryExecutorImpl";

    /** What one piece of work sent; {@code sent} lists the messages, for a failure to show. */
    public record Count(int statements, int roundTrips, List<String> sent) {
        @Override
        public String toString() {
            return statements + " statements in " + roundTrips + " round trips: " + String.join("\n", sent);
        }
    }

    private JdbcRoundTrips() {
    }

    public static Count of(Runnable work) {
        Thread counted = Thread.currentThread();
        List<String> sent = new ArrayList<>();
        Handler listener = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (Thread.currentThread() == counted && record.getMessage() != null && record.getMessage().contains("FE=>")) {
                    sent.add(record.getParameters() == null ? record.getMessage()
                            : MessageFormat.format(record.getMessage(), record.getParameters()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger protocol = Logger.getLogger(PROTOCOL_LOGGER);
        Level level = protocol.getLevel();
        boolean parents = protocol.getUseParentHandlers();
        protocol.setUseParentHandlers(false);
        protocol.setLevel(Level.FINEST);
        protocol.addHandler(listener);
        try {
            work.run();
        } finally {
            protocol.removeHandler(listener);
            protocol.setLevel(level);
            protocol.setUseParentHandlers(parents);
        }
        int statements = (int) sent.stream().filter(m -> m.contains("FE=> Execute(") || m.contains("FE=> SimpleQuery(")).count();
        int roundTrips = (int) sent.stream().filter(m -> m.contains("FE=> Sync")).count();
        return new Count(statements, roundTrips, sent.stream().filter(m -> !m.contains("FE=> Describe")
                && !m.contains("FE=> ClosePortal") && !m.contains("FE=> CloseStatement")).toList());
    }
}
