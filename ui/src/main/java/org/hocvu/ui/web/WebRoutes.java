package org.hocvu.ui.web;

import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.hocvu.lms.shared.Messages;
import org.hocvu.ui.error.ErrorPages;
import org.hocvu.ui.layout.Chrome;
import org.hocvu.ui.layout.PageContext;
import org.jboss.logging.Logger;

import java.util.Locale;

/**
 * What sits below the pages at the HTTP level: security headers on every response, the
 * fingerprinted assets, and error pages for paths nothing answers or requests that failed. The
 * JSON API ({@code /api}, {@code /xapi}) keeps JSON errors; Quarkus' own tools ({@code /q}) are left alone.
 */
@ApplicationScoped
public class WebRoutes {
    private static final Logger LOG = Logger.getLogger(WebRoutes.class);
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @Inject
    Assets assets;
    @Inject
    SecurityHeaders securityHeaders;
    @Inject
    ErrorPages errorPages;

    void headers(@Observes Filters filters) {
        filters.register(securityHeaders::apply, 100);
    }

    void routes(@Observes Router router) {
        router.get("/assets/*").handler(this::asset);
        // after every other route: nothing else answered this path
        router.route().last().handler(this::notFound);
        router.route().order(Integer.MAX_VALUE - 1).failureHandler(this::failed);
    }

    private void asset(RoutingContext rc) {
        assets.atUrl(rc.normalizedPath()).ifPresentOrElse(asset -> rc.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, asset.contentType())
                .putHeader(HttpHeaders.CACHE_CONTROL, IMMUTABLE)
                .end(asset.content()), () -> notFound(rc));
    }

    private void notFound(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (isTool(path)) {
            rc.next();
        } else if (isApi(path)) {
            Locale locale = Messages.fromAcceptLanguage(rc.acceptableLanguages().stream()
                    .map(l -> Locale.forLanguageTag(l.tag())).toList());
            rc.response().setStatusCode(404).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(new JsonObject().put("status", 404).put("error", "Not Found")
                            .put("message", Messages.get(locale, "error.not-found")).encode());
        } else {
            page(rc, 404);
        }
    }

    private void failed(RoutingContext rc) {
        Throwable failure = rc.failure();
        boolean securityDecision = failure instanceof AuthenticationException || failure instanceof UnauthorizedException
                || failure instanceof ForbiddenException;
        String path = rc.normalizedPath();
        if (securityDecision || rc.response().headWritten() || isTool(path) || isApi(path)
                || (rc.statusCode() > 0 && rc.statusCode() < 500)) {
            rc.next();
            return;
        }
        LOG.errorf(failure, "Page %s failed", path);
        page(rc, 500);
    }

    private void page(RoutingContext rc, int status) {
        Chrome chrome = Chrome.anonymous(PageContext.languageOf(rc.request()), "/");
        rc.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .end(rc.request().method() == HttpMethod.HEAD ? "" : errorPages.render(status, chrome, null));
    }

    static boolean isTool(String path) {
        return path.startsWith("/q/") || path.equals("/q");
    }

    static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/xapi/") || path.equals("/xapi");
    }
}
