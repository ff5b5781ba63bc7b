package org.hocvu.ui.cmi5;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.cmi5.Cmi5Access;
import org.hocvu.lms.cmi5.Cmi5Resource;
import org.hocvu.lms.cmi5.Cmi5Service;
import org.hocvu.lms.cmi5.Views;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Messages;
import org.hocvu.ui.error.ErrorPages;
import org.hocvu.ui.layout.Chrome;
import org.hocvu.ui.layout.PageContext;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * A cmi5 course (any signed-in person): each AU and block with its state in the learner's
 * registration, a button per AU that launches it (the browser is sent to the AU, whose returnURL
 * brings the learner back here with the new state), and for teachers and managers, who open it with
 * {@code ?learner=<id>}, a form to waive an AU for that learner with one of cmi5's reasons. Works
 * without JavaScript: launching and waiving are forms.
 */
@Path("/play/cmi5/{packageId}")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class Cmi5CoursePage {
    static final List<String> REASONS = List.of("Administrative", "Tested Out", "Equivalent AU", "Equivalent Outside Activity");

    @Inject
    PageContext page;
    @Inject
    Cmi5Service cmi5;
    @Inject
    ErrorPages errorPages;
    @Inject
    Cmi5Access access;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance course(Chrome chrome, CourseView view);
    }

    @GET
    public Response course(@PathParam("packageId") String packageId, @QueryParam("learner") String learner,
                           @QueryParam("done") String done) {
        return show(200, packageId, learner, "waived".equals(done) ? "cmi5_done_waived" : null, null);
    }

    @POST
    @Path("launch")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response launch(@PathParam("packageId") String packageId, @FormParam("au") int au, @Context UriInfo uri) {
        try {
            Views.LaunchView launch = cmi5.launch(page.profile().id(),
                    new Views.LaunchRequest(packageId, null, au, null, null, null, null, null), Cmi5Resource.origin(uri));
            return Response.seeOther(URI.create(launch.url())).build();
        } catch (ApiException refused) {
            return show(refused.status().getStatusCode(), packageId, null, null, refused);
        }
    }

    @POST
    @Path("waive")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response waive(@PathParam("packageId") String packageId, @FormParam("learner") String learner,
                          @FormParam("au") int au, @FormParam("reason") String reason) {
        UUID id = uuid(learner);
        try {
            access.requireMayActFor(page.identity(), id);
            cmi5.waive(new Views.WaiveRequest(id, packageId, au, reason));
            return Response.seeOther(URI.create("/play/cmi5/" + enc(packageId) + "?learner=" + id + "&done=waived")).build();
        } catch (ApiException refused) {
            return show(refused.status().getStatusCode(), packageId, learner, null, refused);
        }
    }

    private Response show(int status, String packageId, String learner, String notice, ApiException error) {
        boolean mayWaive = Cmi5Access.mayActForOthers(page.identity());
        UUID me = page.profile().id();
        UUID whose = learner != null && mayWaive ? uuid(learner) : me;
        try {
            if (!whose.equals(me)) {
                access.requireMayActFor(page.identity(), whose);
            }
            Views.RegistrationView registration = cmi5.forLearner(whose, packageId);
            CourseView view = CourseView.of(registration, page.locale(), whose.equals(me), mayWaive && !whose.equals(me), REASONS,
                    notice, error == null ? null : Messages.get(page.locale(), error.messageKey(), error.args()));
            return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.course(page.chrome(), view).setLocale(page.locale())).build();
        } catch (ApiException missing) {
            return errorPages.response(missing.status().getStatusCode(), page.chrome(), null);
        }
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw new jakarta.ws.rs.NotFoundException();
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
