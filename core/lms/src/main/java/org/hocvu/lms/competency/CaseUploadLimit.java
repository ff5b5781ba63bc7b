package org.hocvu.lms.competency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hocvu.lms.shared.ApiError;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Messages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The size limit of a CASE file to import ({@code hocvu.case.max-import-bytes}, 10 MB). A request that
 * announces a larger body is answered 413 before anything reads it; a body without a length is read up
 * to the limit and no further. Either way the answer is the JSON API's error body stating the limit.
 * The limit stays below Quarkus' own {@code quarkus.http.limits.max-body-size}, so this answer comes first.
 */
@ApplicationScoped
public class CaseUploadLimit {
    static final String IMPORT_PATH = "/api/v1/frameworks/case";
    private static final int MEGABYTE = 1024 * 1024;

    @ConfigProperty(name = "hocvu.case.max-import-bytes", defaultValue = "10485760")
    long limit;
    @Inject
    ObjectMapper json;

    void register(@Observes Filters filters) {
        filters.register(this::filter, 900);
    }

    private void filter(RoutingContext rc) {
        String length = rc.request().getHeader("Content-Length");
        if (rc.request().method() == HttpMethod.POST && IMPORT_PATH.equals(rc.normalizedPath()) && length != null
                && isOver(length)) {
            Locale locale = Messages.fromAcceptLanguage(rc.acceptableLanguages().stream()
                    .map(l -> Locale.forLanguageTag(l.tag())).toList());
            int status = Response.Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode();
            try {
                rc.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                        .putHeader("Connection", "close")
                        .end(json.writeValueAsString(new ApiError(status, Response.Status.REQUEST_ENTITY_TOO_LARGE.getReasonPhrase(),
                                Messages.get(locale, "competency.case.too-large", megabytes()), null)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        rc.next();
    }

    private boolean isOver(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The body, read up to the limit; 413 when there is more. */
    public byte[] read(InputStream body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try (body) {
            int n;
            while ((n = body.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                if (out.size() > limit) {
                    throw tooLarge();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    ApiException tooLarge() {
        return new ApiException(Response.Status.REQUEST_ENTITY_TOO_LARGE, "competency.case.too-large", null, megabytes());
    }

    private String megabytes() {
        return limit % MEGABYTE == 0 ? String.valueOf(limit / MEGABYTE) : String.format(Locale.ROOT, "%.1f", (double) limit / MEGABYTE);
    }
}
