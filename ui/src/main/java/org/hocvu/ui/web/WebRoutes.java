package org.hocvu.ui.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.hocvu.ui.error.ErrorPages;
import org.hocvu.ui.layout.Chrome;
import org.hocvu.ui.layout.PageContext;

/**
 * What sits below the pages at the HTTP level: security headers on every response and the
 * fingerprinted assets. Paths nothing answers reach Quarkus REST, see {@code UnexpectedFailures}.
 */
@ApplicationScoped
public class WebRoutes {
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final String FAVICON = "icon-192.png";

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
        router.get("/favicon.ico").handler(this::favicon);
    }

    /** Browsers ask for /favicon.ico whatever the page links: the small icon, not a 404 page. */
    private void favicon(RoutingContext rc) {
        rc.response().setStatusCode(301)
                .putHeader(HttpHeaders.LOCATION, assets.url(FAVICON))
                .putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=86400")
                .end();
    }

    private void asset(RoutingContext rc) {
        assets.atUrl(rc.normalizedPath()).ifPresentOrElse(asset -> {
            String accepted = rc.request().getHeader(HttpHeaders.ACCEPT_ENCODING);
            boolean gzip = asset.gzipped() != null && accepted != null && accepted.contains("gzip");
            rc.response()
                    .putHeader(HttpHeaders.CONTENT_TYPE, asset.contentType())
                    .putHeader(HttpHeaders.CACHE_CONTROL, IMMUTABLE)
                    .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
                    // "identity" keeps the server from compressing again what is compressed already
                    .putHeader(HttpHeaders.CONTENT_ENCODING, gzip ? "gzip" : "identity")
                    .end(gzip ? asset.gzipped() : asset.content());
        }, () -> page(rc, 404));
    }

    private void page(RoutingContext rc, int status) {
        Chrome chrome = Chrome.anonymous(PageContext.languageOf(rc.request()), "/");
        rc.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .end(rc.request().method() == HttpMethod.HEAD ? "" : errorPages.render(status, chrome, null));
    }

    public static boolean isTool(String path) {
        return path.startsWith("/q/") || path.equals("/q");
    }

    public static boolean isAsset(String path) {
        return path.startsWith("/assets/") || path.equals("/favicon.ico");
    }

    public static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/xapi/") || path.equals("/xapi");
    }
}
