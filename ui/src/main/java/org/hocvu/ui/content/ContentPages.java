package org.hocvu.ui.content;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.content.Caller;
import org.hocvu.lms.content.review.ReviewService;
import org.hocvu.lms.content.review.VersionView;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Messages;
import org.hocvu.ui.error.ErrorPages;
import org.hocvu.ui.layout.Chrome;
import org.hocvu.ui.layout.PageContext;

import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/** What the partner's and the reviewer's pages share: who may open them, the caller, refusals in words. */
@RequestScoped
class ContentPages {
    @Inject
    PageContext page;
    @Inject
    ErrorPages errorPages;
    @Inject
    ReviewService reviews;

    /**
     * The 403 page when the signed-in person lacks {@code role}. Checked in the method rather than
     * with {@code @RolesAllowed}, as on the admin page: that check fails on the I/O thread, where the
     * header cannot load the person's profile, and the JSON API's mapper would answer in JSON.
     */
    Optional<Response> refusedWithout(String role) {
        return page.identity().hasRole(role) ? Optional.empty()
                : Optional.of(errorPages.response(403, page.chrome(), role));
    }

    Caller caller() {
        return Caller.of(page.identity());
    }

    ContentWords words() {
        return new ContentWords(page.locale());
    }

    String message(ApiException refused) {
        return Messages.get(page.locale(), refused.messageKey(), refused.args());
    }

    /** A version the person may not see, or that does not exist, gets the error page of its status. */
    Response errorPage(ApiException refused) {
        return errorPages.response(refused.status().getStatusCode(), page.chrome(), null);
    }

    /**
     * A version's page ({@code basePath/<id>/<version>}), if the person may see it: partners their
     * organisation's, reviewers every one; {@code done} becomes the notice when it is one of {@code notices}.
     */
    Response versionPage(String id, String version, String done, Set<String> notices, String basePath,
                         BiFunction<Chrome, VersionDetail, TemplateInstance> template) {
        try {
            VersionView v = reviews.get(id, version, caller());
            String notice = done != null && notices.contains(done) ? done : null;
            return html(200, template.apply(page.chrome(), detail(v, basePath, null, null, notice)));
        } catch (ApiException missing) {
            return errorPage(missing);
        }
    }

    Response html(int status, TemplateInstance template) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(template.setLocale(page.locale())).build();
    }

    VersionDetail detail(VersionView v, String basePath, String comment, String error, String done) {
        ContentWords words = words();
        var d = v.description();
        return new VersionDetail(words.row(v, basePath), words.inLanguage(d.summary(), d.languages()), v.organisation(),
                d.publisher(), d.licence(), String.join(", ", d.languages()), d.estimatedMinutes(), words.lessons(v),
                words.history(v), comment == null ? "" : comment, error, done);
    }
}
