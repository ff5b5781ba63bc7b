package org.hocvu.lms.content;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.hocvu.lms.content.zip.ZipSafety;
import org.hocvu.lms.shared.ApiError;
import org.hocvu.lms.shared.Languages;
import org.hocvu.lms.shared.Messages;
import org.hocvu.lms.content.review.Descriptions;

import java.util.Locale;

/**
 * Refuses a package upload that announces more bytes than {@code hocvu.content.max-upload-size}
 * before a byte of it is read, with the JSON error every endpoint answers and the limit in the
 * caller's language, then closes the connection. (An upload without a length is cut off by
 * Quarkus' own body limit, {@code quarkus.http.limits.max-body-size}, set just above this one.)
 */
@ApplicationScoped
public class UploadSizeLimit {
    static final String PATH = "/api/v1/packages";

    @Inject
    PackageService packages;

    void install(@Observes Router router) {
        router.route(HttpMethod.POST, PATH).order(-1000).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            long max = packages.limits().maxUploadBytes();
            if (length != null && parse(length) > max) {
                // a route before the REST layer: no RequestLanguage yet, the same choice made here
                Locale locale = Languages.configured().choose(ctx.request().getParam("lang"), ctx.request().getHeader("Accept-Language"));
                String body = Descriptions.json(new ApiError(413, "Payload Too Large",
                        Messages.get(locale, "content.upload.too-large", ZipSafety.megabytes(max)), "file"));
                ctx.response().setStatusCode(413).putHeader("Content-Type", "application/json")
                        .putHeader("Connection", "close").end(body).onComplete(done -> ctx.request().connection().close());
                return;
            }
            ctx.next();
        });
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
