package org.hocvu.ui.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;

/**
 * Headers that make every page harder to abuse: a Content-Security-Policy without inline script,
 * no sniffing, no framing, no referrer leaving the site; and no caching of pages, which show
 * personal data on phones that are often shared. Quarkus' own tools under {@code /q} (Swagger UI
 * needs inline script) get all but the CSP. Package files under {@code /content/} carry their own
 * sandboxing CSP (the content context's); a second policy would be enforced too and stop a cmi5 AU's scripts.
 */
@ApplicationScoped
public class SecurityHeaders {
    private final String contentSecurityPolicy;

    SecurityHeaders(@ConfigProperty(name = "quarkus.oidc.web.auth-server-url") Optional<String> signInServer,
                    @ConfigProperty(name = "hocvu.scorm.content-origin") Optional<String> scormOrigin) {
        // signing out posts a form that Keycloak's end-session endpoint answers: form-action must allow it
        String signIn = signInServer.map(URI::create)
                .map(u -> " " + u.getScheme() + "://" + u.getAuthority())
                .orElse("");
        // the SCORM player frames the run-time from its own origin when one is set
        String frames = scormOrigin.filter(o -> !o.isBlank()).map(o -> " " + o.strip()).orElse("");
        contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'" + frames + "; "
                + "connect-src 'self'; font-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; "
                + "base-uri 'none'; form-action 'self'" + signIn + "; frame-ancestors 'none'";
    }

    public String contentSecurityPolicy() {
        return contentSecurityPolicy;
    }

    void apply(RoutingContext rc) {
        boolean tool = WebRoutes.isTool(rc.normalizedPath());
        if (rc.normalizedPath().startsWith("/scorm-run/")) {
            // SCORM packages' files and run-time: framed by the player, with their own policy (scorm context)
            rc.next();
            return;
        }
        HttpServerResponse response = rc.response();
        response.headers()
                .set("X-Content-Type-Options", "nosniff")
                .set("X-Frame-Options", "DENY")
                .set("Referrer-Policy", "same-origin");
        if (!tool && !rc.normalizedPath().startsWith("/content/")) {
            response.headers().set("Content-Security-Policy", contentSecurityPolicy);
        }
        rc.addHeadersEndHandler(end -> {
            if (!tool && !response.headers().contains(HttpHeaders.CACHE_CONTROL)) {
                response.headers().set(HttpHeaders.CACHE_CONTROL, "no-store");
            }
        });
        rc.next();
    }
}
