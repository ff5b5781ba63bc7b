package org.hocvu.ui.learning;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.course.EnrolmentService;
import org.hocvu.lms.course.LearnerAttributes;
import org.hocvu.lms.course.LearningPathService;
import org.hocvu.lms.course.LearningViews;
import org.hocvu.lms.course.LessonViews;
import org.hocvu.lms.course.OfflineCourses;
import org.hocvu.lms.course.PackageLinks;
import org.hocvu.lms.identity.MeView;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Messages;
import org.hocvu.ui.layout.Chrome;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.hocvu.ui.layout.PageContext;

import java.net.URI;

/**
 * A course: its packages with the learner's progress, where to continue, self-enrolment (the
 * group's eligibility decides; a refusal says why) and saving it for offline reading.
 */
@Path("/courses/{courseId}")
@Authenticated
public class CoursePage {
    @Inject
    PageContext page;
    @Inject
    LearningProblems problems;
    @Inject
    LearningPathService paths;
    @Inject
    EnrolmentService enrolments;
    @Inject
    OfflineCourses offline;

    /** The course, the next step, and the size of its offline copy (null when it has nothing to keep). */
    public record CourseView(LearningViews.CourseProgress course, LearningViews.Step next, String offlineSize,
                             String refusal) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance course(Chrome chrome, CourseView view);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("courseId") String courseId) {
        return render(courseId, null, Response.Status.OK, page.chrome());
    }

    @POST
    @Path("enrol")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response enrol(@PathParam("courseId") String courseId) {
        MeView me = page.profile();
        try {
            enrolments.selfEnrol(me.id(), me.targetGroups(),
                    LearnerAttributes.of(page.identity(), enrolments.eligibilityAttributes(courseId)), courseId,
                    page.locale());
            return Response.seeOther(URI.create(PackageLinks.course(courseId) + "?enrolled=1")).build();
        } catch (ApiException refused) {
            if (refused.status() == Response.Status.NOT_FOUND) {
                throw refused;
            }
            String message = Messages.get(page.locale(), refused.messageKey(), refused.args());
            return render(courseId, message, refused.status(), page.chromeAt(PackageLinks.course(courseId)));
        }
    }

    /** What the service worker keeps when the learner saves the course for offline reading. */
    @GET
    @Path("offline")
    @Produces(MediaType.APPLICATION_JSON)
    public LessonViews.OfflineBundle offlineBundle(@PathParam("courseId") String courseId) {
        return offline.bundle(courseId);
    }

    private Response render(String courseId, String refusal, Response.Status status, Chrome chrome) {
        MeView me = page.profile();
        LearningViews.CourseProgress course = paths.course(me.id(), courseId, page.locale());
        LessonViews.OfflineBundle bundle = course.coming() ? null : offline.bundle(courseId);
        String size = bundle == null || bundle.urls().size() <= 1 ? null : LearningWords.size(bundle.bytes());
        CourseView view = new CourseView(course, paths.next(me.id(), course, page.locale()), size, refusal);
        return Response.status(status).entity(Templates.course(chrome, view).setLocale(page.locale())).build();
    }

    /** A refusal of this page's service, shown as a page that says why. */
    @ServerExceptionMapper
    public Response refused(ApiException refused) {
        return problems.page(refused);
    }
}
