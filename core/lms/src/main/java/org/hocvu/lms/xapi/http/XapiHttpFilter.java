package org.hocvu.lms.xapi.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.hocvu.lms.xapi.XapiVersion;

import java.util.Locale;

/**
 * What every /xapi response carries, whoever produced it (the resource, a security check, a 404):
 * the version header, and CORS so that content running in a browser on another origin can call
 * the LRS (Communication 1.3 and Appendix C). Only /xapi is opened to other origins.
 */
@ApplicationScoped
public class XapiHttpFilter {
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match, Accept-Language";
    /**
     * Where a form body's real Content-Type travels past the JAX-RS filters. The pages' CSRF filter
     * checks every form POST of the application for a token, but the LRS authenticates each call by
     * its Authorization (a header or, in the alternate syntax, a form field), takes no cookies, and
     * so has no CSRF to fear: its form bodies are passed on as opaque bytes and restored here.
     */
    public static final String FORM_CONTENT_TYPE = "X-HocVu-Xapi-Form-Content-Type";
    static final String EXPOSED_HEADERS = "ETag, Last-Modified, X-Experience-API-Version, X-Experience-API-Consistent-Through, Content-Type";

    void register(@Observes Filters filters) {
        filters.register(this::filter, 1000);
    }

    private void filter(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (!path.equals("/xapi") && !path.startsWith("/xapi/")) {
            rc.next();
            return;
        }
        hideFormType(rc);
        var response = rc.response();
        response.putHeader(XapiVersion.HEADER, XapiVersion.CURRENT);
        String origin = rc.request().getHeader("Origin");
        if (origin != null) {
            response.putHeader("Access-Control-Allow-Origin", origin);
            // no Allow-Credentials: content sends its Authorization header explicitly, and a browser
            // must not attach a signed-in person's cookies or cached Basic login to another site's calls
            response.putHeader("Vary", "Origin");
            response.putHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        }
        if (rc.request().method() == HttpMethod.OPTIONS && rc.request().getHeader("Access-Control-Request-Method") != null) {
            response.putHeader("Access-Control-Allow-Methods", "GET, HEAD, PUT, POST, DELETE, OPTIONS");
            response.putHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            response.putHeader("Access-Control-Max-Age", "86400");
            response.setStatusCode(204).end();
            return;
        }
        rc.next();
    }

    /**
     * Form bodies (the alternate syntax's urlencoded ones, and multipart/form-data, which no xAPI
     * resource takes) reach the LRS as opaque bytes: no form parser, its size limit or the pages'
     * CSRF check reads them, and the LRS answers them itself (a 400 for statements).
     */
    private static void hideFormType(RoutingContext rc) {
        var headers = rc.request().headers();
        headers.remove(FORM_CONTENT_TYPE);
        String type = headers.get("Content-Type");
        String lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (lower.startsWith("application/x-www-form-urlencoded") || lower.startsWith("multipart/form-data")) {
            headers.set(FORM_CONTENT_TYPE, type);
            headers.set("Content-Type", "application/octet-stream");
        }
    }
}
