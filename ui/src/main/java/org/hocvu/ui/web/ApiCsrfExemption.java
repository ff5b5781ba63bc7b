package org.hocvu.ui.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The pages' CSRF check (quarkus-rest-csrf) applies to every form body of the application and has no
 * setting to leave paths out. The JSON API authenticates each call by its bearer token and never by a
 * cookie (its OIDC tenant is not the pages' one, see {@code WebTenant}), so a page of another site cannot
 * make a browser call it as someone: a form body sent to {@code /api} (a lesson package upload,
 * multipart) has no CSRF to fear. Such a request gets a fresh token as both the CSRF cookie and header,
 * which is exactly what the double-submit check verifies; a browser's own CSRF cookie is replaced, so
 * nothing a page holds is accepted or leaked here. The LRS passes its form bodies on as bytes instead
 * ({@code XapiHttpFilter}).
 */
@ApplicationScoped
public class ApiCsrfExemption {
    /** quarkus-rest-csrf's defaults: cookie and header names, token size in bytes. */
    static final String COOKIE = "csrf-token";
    static final String HEADER = "X-CSRF-TOKEN";
    static final int TOKEN_BYTES = 16;
    private final SecureRandom random = new SecureRandom();

    void register(@Observes Filters filters) {
        filters.register(this::exempt, 900);
    }

    private void exempt(RoutingContext rc) {
        String path = rc.normalizedPath();
        if ((path.startsWith("/api/") || path.equals("/api")) && !safe(rc.request().method()) && isForm(rc.request().getHeader("Content-Type"))) {
            byte[] bytes = new byte[TOKEN_BYTES];
            random.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            var headers = rc.request().headers();
            String others = headers.get("Cookie") == null ? "" : Arrays.stream(headers.get("Cookie").split(";"))
                    .map(String::strip).filter(c -> !c.startsWith(COOKIE + "=")).collect(Collectors.joining("; "));
            headers.set("Cookie", (others.isEmpty() ? "" : others + "; ") + COOKIE + "=" + token);
            headers.set(HEADER, token);
        }
        rc.next();
    }

    private static boolean safe(HttpMethod method) {
        return method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS;
    }

    private static boolean isForm(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded");
    }
}
