package org.hocvu.ui.learning;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.course.LessonService;
import org.hocvu.lms.course.LessonViews;
import org.hocvu.lms.identity.MeView;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Messages;
import org.hocvu.ui.layout.Chrome;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.hocvu.ui.layout.PageContext;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The lesson player of native packages, light and working without JavaScript: the lesson from its
 * page rendered at upload, its place in the package, previous and next, "mark complete" and the
 * practice quiz as plain form posts. {@code /learn/{package}} opens the learner's next lesson of
 * the current version; a link to an older version moves to the current one.
 */
@Path("/learn")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class LessonPage {
    /** Sent by the page's script when it saves a course for offline reading: the copy is not a reading. */
    static final String OFFLINE_COPY = "X-HocVu-Offline-Copy";
    @Inject
    PageContext page;
    @Inject
    LearningProblems problems;
    @Inject
    LessonService lessons;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance lesson(Chrome chrome, LessonViews.Lesson lesson, boolean light,
                                              LessonViews.QuizFeedback feedback, Map<String, List<String>> answered,
                                              QuizProblem problem);
    }

    /** Why an answer could not be marked (nothing chosen), shown under its item. */
    public record QuizProblem(String itemId, String message) {
    }

    @GET
    @Path("{packageId}")
    public Response resume(@PathParam("packageId") String packageId) {
        return Response.seeOther(URI.create(lessons.resume(page.profile().id(), packageId))).build();
    }

    @GET
    @Path("{packageId}/{version}/{lessonId}")
    public Response lesson(@PathParam("packageId") String packageId, @PathParam("version") String version,
                           @PathParam("lessonId") String lessonId, @QueryParam("light") String light,
                           @HeaderParam(OFFLINE_COPY) String offlineCopy) {
        String canonical = lessons.canonical(packageId, version, lessonId);
        if (!canonical.equals(here(packageId, version, lessonId))) {
            return Response.seeOther(URI.create(canonical)).build();
        }
        return show(packageId, lessonId, "1".equals(light), offlineCopy == null, null, Map.of(), null, page.chrome());
    }

    /** "Đánh dấu hoàn thành": a plain form; the browser may send the statement id it fixed when pressed. */
    @POST
    @Path("{packageId}/{version}/{lessonId}/complete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response complete(@PathParam("packageId") String packageId, @PathParam("version") String version,
                             @PathParam("lessonId") String lessonId, @FormParam("statementId") String statementId) {
        MeView me = page.profile();
        LessonViews.Completion done = lessons.markComplete(me.id(), me.targetGroups(), packageId, version, lessonId,
                statementId);
        String next = done.nextHref() != null ? done.nextHref() : lessons.canonical(packageId, version, lessonId) + "?done=1";
        return Response.seeOther(URI.create(next)).build();
    }

    /** A practice answer: the same lesson page again, with the item's feedback right under it. */
    @POST
    @Path("{packageId}/{version}/{lessonId}/quiz/{itemId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("packageId") String packageId, @PathParam("version") String version,
                           @PathParam("lessonId") String lessonId, @PathParam("itemId") String itemId,
                           MultivaluedMap<String, String> form) {
        MeView me = page.profile();
        Map<String, List<String>> answers = form.entrySet().stream().filter(e -> !e.getKey().startsWith("csrf"))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
        Chrome chrome = page.chromeAt(here(packageId, version, lessonId));
        try {
            LessonViews.QuizFeedback feedback = lessons.answer(me.id(), me.targetGroups(), packageId, lessonId, itemId,
                    answers, page.locale());
            return show(packageId, lessonId, false, true, feedback, answers, null, chrome);
        } catch (ApiException refused) {
            if (refused.status() != Response.Status.BAD_REQUEST) {
                throw refused;
            }
            // nothing chosen: the lesson again, the item saying what to do, rather than an error page
            QuizProblem problem = new QuizProblem(itemId, Messages.get(page.locale(), refused.messageKey(), refused.args()));
            return show(packageId, lessonId, false, false, null, Map.of(), problem, chrome);
        }
    }

    private Response show(String packageId, String lessonId, boolean light, boolean read,
                          LessonViews.QuizFeedback feedback, Map<String, List<String>> answered, QuizProblem problem,
                          Chrome chrome) {
        MeView me = page.profile();
        LessonViews.Lesson lesson = lessons.open(me.id(), me.targetGroups(), packageId, lessonId, page.locale(), light,
                read);
        TemplateInstance shown = Templates.lesson(chrome, lesson, light, feedback, answered, problem).setLocale(page.locale());
        // a refused answer keeps its 400, but as the lesson the learner can answer again
        return Response.status(problem == null ? Response.Status.OK : Response.Status.BAD_REQUEST).entity(shown)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private static String here(String packageId, String version, String lessonId) {
        return org.hocvu.lms.course.PackageLinks.lesson(packageId, version, lessonId);
    }

    /** A refusal of this page's service, shown as a page that says why. */
    @ServerExceptionMapper
    public Response refused(ApiException refused) {
        return problems.page(refused);
    }
}
