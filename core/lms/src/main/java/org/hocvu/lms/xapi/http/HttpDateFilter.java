package org.hocvu.lms.xapi.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Instant;

/**
 * Every response of the application carries a {@code Date} header (RFC 7231 7.1.1.2: an origin
 * server with a clock MUST send one), whoever produced it: a page, the API, the LRS, a 404. LRS
 * clients compare it with X-Experience-API-Consistent-Through. Set when the headers are written,
 * so the date is the response's, not the request's.
 */
@ApplicationScoped
public class HttpDateFilter {
    void register(@Observes Filters filters) {
        // before every other filter, so that a filter ending the response (a CORS preflight) still gets it
        filters.register(this::stamp, 3000);
    }

    private void stamp(RoutingContext rc) {
        HttpServerResponse response = rc.response();
        rc.addHeadersEndHandler(v -> {
            if (!response.headers().contains("Date")) {
                response.putHeader("Date", XapiResponses.httpDate(Instant.now()));
            }
        });
        rc.next();
    }
}
