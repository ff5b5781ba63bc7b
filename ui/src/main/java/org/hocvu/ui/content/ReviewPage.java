package org.hocvu.ui.content;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.content.Caller;
import org.hocvu.lms.content.review.Decision;
import org.hocvu.lms.content.review.ReviewService;
import org.hocvu.lms.content.review.VersionStatus;
import org.hocvu.lms.content.review.VersionView;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Page;
import org.hocvu.lms.shared.PageRequest;
import org.hocvu.ui.i18n.Texts;
import org.hocvu.ui.layout.Chrome;
import org.hocvu.ui.layout.NavEntry;
import org.hocvu.ui.layout.PageContext;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * The reviewer's pages (role reviewer): the queue of submitted versions, and each version's preview
 * (its description, native lessons as learners will see them in a sandboxed frame, cmi5 AUs with
 * their launch URLs, the history) with one form to approve or reject it with a comment. A refused
 * decision (a rejection without a comment) comes back with what was typed.
 */
@Path(ReviewPage.PATH)
@Produces(MediaType.TEXT_HTML)
@Authenticated
@NavEntry(label = "nav_content_review", order = 50, roles = Roles.REVIEWER)
public class ReviewPage {
    static final String PATH = "/review";
    static final String APPROVE = "approve";
    static final String REJECT = "reject";

    @Inject
    PageContext page;
    @Inject
    ContentPages pages;
    @Inject
    ReviewService reviews;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(Chrome chrome, ReviewQueue view);

        static native TemplateInstance preview(Chrome chrome, VersionDetail view);
    }

    @GET
    public Response queue(@QueryParam("page") String pageNumber) {
        Optional<Response> refused = pages.refusedWithout(Roles.REVIEWER);
        if (refused.isPresent()) {
            return refused.get();
        }
        try {
            return showQueue(200, PageRequest.of(pageNumber, null), null);
        } catch (ApiException badPage) {
            return showQueue(400, PageRequest.of(null, null), pages.message(badPage));
        }
    }

    @GET
    @Path("{id}/{version}")
    public Response preview(@PathParam("id") String id, @PathParam("version") String version, @QueryParam("done") String done) {
        Optional<Response> refused = pages.refusedWithout(Roles.REVIEWER);
        if (refused.isPresent()) {
            return refused.get();
        }
        return pages.versionPage(id, version, done, Set.of("approved", "rejected"), PATH, Templates::preview);
    }

    @POST
    @Path("{id}/{version}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") String id, @PathParam("version") String version,
                           @FormParam("decision") String decision, @FormParam("comment") String comment) {
        Optional<Response> refused = pages.refusedWithout(Roles.REVIEWER);
        if (refused.isPresent()) {
            return refused.get();
        }
        Caller caller = pages.caller();
        String path = PATH + "/" + id + "/" + version;
        try {
            VersionView decided;
            if (APPROVE.equals(decision)) {
                decided = reviews.approve(id, version, caller, new Decision(comment));
            } else if (REJECT.equals(decision)) {
                decided = reviews.reject(id, version, caller, new Decision(comment));
            } else {
                return refusedDecision(id, version, path, comment, 400, Texts.get(page.locale(), "content_decision_unknown"));
            }
            String done = VersionStatus.PUBLISHED.dataName().equals(decided.status()) ? "approved" : "rejected";
            return Response.seeOther(URI.create(path + "?done=" + done)).build();
        } catch (ApiException refusedDecision) {
            if (refusedDecision.status() == Response.Status.NOT_FOUND) {
                return pages.errorPage(refusedDecision);
            }
            return refusedDecision(id, version, path, comment, refusedDecision.status().getStatusCode(),
                    pages.message(refusedDecision));
        }
    }

    private Response refusedDecision(String id, String version, String path, String comment, int status, String error) {
        VersionView v = reviews.get(id, version, pages.caller());
        return pages.html(status, Templates.preview(page.chromeAt(path), pages.detail(v, PATH, comment, error, null)));
    }

    private Response showQueue(int status, PageRequest request, String error) {
        Page<VersionView> submitted = reviews.list(pages.caller(), VersionStatus.SUBMITTED, request);
        ContentWords words = pages.words();
        ReviewQueue view = new ReviewQueue(submitted.items().stream().map(v -> words.row(v, PATH)).toList(),
                Paging.of(PATH, submitted), error);
        return pages.html(status, Templates.queue(page.chrome(), view));
    }
}
