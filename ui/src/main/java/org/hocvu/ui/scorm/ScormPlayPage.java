package org.hocvu.ui.scorm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.scorm.ScormPlayer;
import org.hocvu.lms.scorm.ScormViews.Launch;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.ui.error.ErrorPages;
import org.hocvu.ui.layout.Chrome;
import org.hocvu.ui.layout.PageContext;

import java.net.URI;
import java.util.Optional;

/**
 * A learner plays a SCORM package: the table of contents (links that work without JavaScript),
 * the SCO in a frame from the content path (with the run-time beside it, see the scorm context)
 * and, when the package flows, previous and next. Opening the page resumes the learner's attempt;
 * "Học lại từ đầu" starts a new one.
 */
@Path("/play/scorm/{packageId}")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ScormPlayPage {
    @Inject
    PageContext page;
    @Inject
    ScormPlayer player;
    @Inject
    ErrorPages errorPages;
    @ConfigProperty(name = "hocvu.scorm.content-origin")
    Optional<String> contentOrigin;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance play(Chrome chrome, ScormPlayView view);
    }

    @GET
    public Response play(@PathParam("packageId") String packageId, @QueryParam("sco") String sco, @Context UriInfo uri) {
        if (!page.identity().hasRole(Roles.LEARNER)) {
            return errorPages.response(403, page.chrome(), Roles.LEARNER);
        }
        try {
            Launch launch = player.launch(page.profile().id(), packageId, sco);
            URI base = uri.getBaseUri();
            String app = base.getScheme() + "://" + base.getAuthority();
            ScormPlayView view = ScormPlayView.of(launch, page.locale(), contentOrigin.filter(o -> !o.isBlank()).orElse(app), app);
            return Response.ok(Templates.play(page.chrome(), view).setLocale(page.locale()))
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        } catch (ApiException refused) {
            return errorPages.response(refused.status().getStatusCode(), page.chrome(), null);
        }
    }

    @POST
    @Path("restart")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restart(@PathParam("packageId") String packageId) {
        if (!page.identity().hasRole(Roles.LEARNER)) {
            return errorPages.response(403, page.chrome(), Roles.LEARNER);
        }
        try {
            player.restart(page.profile().id(), packageId);
            return Response.seeOther(URI.create(ScormPlayView.path(packageId, null))).build();
        } catch (ApiException refused) {
            return errorPages.response(refused.status().getStatusCode(), page.chrome(), null);
        }
    }
}
