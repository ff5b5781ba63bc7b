package org.hocvu.lms.shared;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/**
 * Recognises a database that is momentarily out of connections: the pool (Agroal) found none free
 * within its acquisition timeout, or the driver says the connection failure is transient. Such a
 * request is worth retrying in a few seconds, so the API answers 503 with {@code Retry-After}.
 */
public final class DatabaseBusy {
    /** Seconds a client is told to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseBusy() {
    }

    public static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            // Agroal throws a plain SQLException ("Sorry, acquisition timeout!", "Acquisition timeout while waiting for new connection")
            if (t instanceof SQLException && t.getMessage() != null
                    && t.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }
}
