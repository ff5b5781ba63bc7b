package org.hocvu.lms.cmi5;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * CORS for the fetch URL: an AU runs in a sandbox (an opaque origin, "null") or on another host,
 * and must POST to it. Only this path is opened; no credentials are allowed (the URL is the secret).
 */
@ApplicationScoped
public class FetchCors {
    static final String PATH = "/api/v1/cmi5/fetch/";

    void register(@Observes Filters filters) {
        filters.register(this::filter, 1000);
    }

    private void filter(RoutingContext rc) {
        String origin = rc.request().getHeader("Origin");
        if (origin == null || !rc.normalizedPath().startsWith(PATH)) {
            rc.next();
            return;
        }
        var response = rc.response();
        response.putHeader("Access-Control-Allow-Origin", origin);
        response.putHeader("Vary", "Origin");
        if (rc.request().method() == HttpMethod.OPTIONS) {
            response.putHeader("Access-Control-Allow-Methods", "POST, OPTIONS");
            response.putHeader("Access-Control-Allow-Headers", "Content-Type");
            response.putHeader("Access-Control-Max-Age", "86400");
            response.setStatusCode(204).end();
            return;
        }
        rc.next();
    }
}
