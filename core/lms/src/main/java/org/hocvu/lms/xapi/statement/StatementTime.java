package org.hocvu.lms.xapi.statement;

import org.hocvu.lms.xapi.http.XapiRequest;

import java.time.Instant;

/** Timestamp query parameters (since, until), shared by statements and documents. */
public final class StatementTime {
    private StatementTime() {
    }

    public static Instant parameter(XapiRequest r, String name) {
        return StatementReader.instant(r, name);
    }
}
