package org.hocvu.ui.classroom;

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
import org.hocvu.lms.classroom.ClassView;
import org.hocvu.lms.classroom.ClassroomService;
import org.hocvu.lms.classroom.Membership;
import org.hocvu.lms.classroom.NewClass;
import org.hocvu.lms.identity.MeView;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Messages;
import org.hocvu.ui.error.ErrorPages;
import org.hocvu.ui.layout.Chrome;
import org.hocvu.ui.layout.NavEntry;
import org.hocvu.ui.layout.PageContext;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * School classes (every signed-in person): a student sees their classes and joins one with its
 * code; a teacher also creates classes in their school, loads modules, adds students and follows
 * each student's progress and each module's completion. Plain forms, no JavaScript; a refused form
 * shows again as typed, saying why.
 */
@Path(ClassesPage.PATH)
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Authenticated
@NavEntry(label = "nav_classes", order = 35)
public class ClassesPage {
    static final String PATH = "/classes";
    static final Set<String> NOTICES = Set.of("created", "joined", "module-added", "module-removed", "student-added");

    @Inject
    PageContext page;
    @Inject
    ClassroomService classes;
    @Inject
    Membership membership;
    @Inject
    ClassPageData data;
    @Inject
    ErrorPages errorPages;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Chrome chrome, ClassPageViews.ListView view);

        static native TemplateInstance detail(Chrome chrome, ClassPageViews.ClassPage view);
    }

    @GET
    public Response list() {
        return listPage(200, page.chrome(), "", "", null, null);
    }

    @POST
    public Response create(@FormParam("name") String name, @FormParam("schoolCode") String schoolCode) {
        try {
            ClassView created = classes.create(me(), new NewClass(name, schoolCode));
            return seeOther(created.id(), "created");
        } catch (ApiException refused) {
            return listPage(refused.status().getStatusCode(), page.chromeAt(PATH), orEmpty(name), "", message(refused), null);
        }
    }

    @POST
    @Path("join")
    public Response join(@FormParam("code") String code) {
        try {
            ClassView joined = membership.join(me(), code);
            return seeOther(joined.id(), "joined");
        } catch (ApiException refused) {
            return listPage(refused.status().getStatusCode(), page.chromeAt(PATH), "", orEmpty(code), null, message(refused));
        }
    }

    @GET
    @Path("{id}")
    public Response detail(@PathParam("id") String id, @QueryParam("done") String done) {
        return classAction(id, c -> show(200, c, "", null, done != null && NOTICES.contains(done) ? done : null));
    }

    @POST
    @Path("{id}/modules")
    public Response addModule(@PathParam("id") String id, @FormParam("packageId") String packageId) {
        return classAction(id, c -> changed(() -> classes.addModule(c, me(), packageId), c, "module-added", ""));
    }

    @POST
    @Path("{id}/modules/remove")
    public Response removeModule(@PathParam("id") String id, @FormParam("packageId") String packageId) {
        return classAction(id, c -> changed(() -> classes.removeModule(c, me(), packageId), c, "module-removed", ""));
    }

    @POST
    @Path("{id}/students")
    public Response addStudent(@PathParam("id") String id, @FormParam("login") String login) {
        return classAction(id, c -> changed(() -> membership.addStudent(c, me(), login), c, "student-added", orEmpty(login)));
    }

    /** A class page's action; a class that is not the person's (or no class at all) is the 404 page. */
    private Response classAction(String id, Function<UUID, Response> action) {
        UUID classId;
        try {
            classId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return errorPages.response(404, page.chrome(), null);
        }
        try {
            return action.apply(classId);
        } catch (ApiException refused) {
            return errorPages.response(refused.status().getStatusCode(), page.chrome(), null);
        }
    }

    private Response changed(Runnable change, UUID classId, String done, String typedLogin) {
        try {
            change.run();
            return seeOther(classId, done);
        } catch (ApiException refused) {
            if (refused.status() == Response.Status.NOT_FOUND && refused.messageKey().equals("classroom.not-found")) {
                throw refused;
            }
            return show(refused.status().getStatusCode(), classId, typedLogin, message(refused), null);
        }
    }

    private Response show(int status, UUID classId, String typedLogin, String error, String notice) {
        ClassPageViews.ClassPage view = data.classPage(classId, me(), page.locale(), typedLogin, error, notice);
        return html(status, Templates.detail(page.chromeAt(PATH), view));
    }

    private Response listPage(int status, Chrome chrome, String typedName, String typedCode, String createError, String joinError) {
        MeView me = me();
        boolean teacher = page.identity().hasRole(Roles.TEACHER);
        ClassPageViews.ListView view = new ClassPageViews.ListView(classes.mine(me), teacher,
                teacher ? classes.schools(me) : List.of(), typedName, typedCode, createError, joinError);
        return html(status, Templates.list(chrome, view));
    }

    private MeView me() {
        return page.profile();
    }

    private String message(ApiException refused) {
        return Messages.get(page.locale(), refused.messageKey(), refused.args());
    }

    private Response html(int status, TemplateInstance template) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(template.setLocale(page.locale())).build();
    }

    private static Response seeOther(UUID classId, String done) {
        return Response.seeOther(URI.create(PATH + "/" + classId + "?done=" + done)).build();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
