package org.hocvu.ui.roster;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.roster.EnrolmentJobView;
import org.hocvu.lms.roster.EnrolmentJobs;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Messages;
import org.hocvu.ui.error.ErrorPages;
import org.hocvu.ui.i18n.Texts;
import org.hocvu.ui.layout.Chrome;
import org.hocvu.ui.layout.NavEntry;
import org.hocvu.ui.layout.PageContext;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Bulk enrolment (unit managers into a course, teachers into their class): a plain multipart form
 * for the CSV file, then the job's page, which reloads itself every few seconds while the job runs
 * (a {@code Refresh} header: no JavaScript) with a progress bar, the counts and the error report
 * to download.
 */
@Path(EnrolmentsPage.PATH)
@Produces(MediaType.TEXT_HTML)
@Authenticated
@NavEntry(label = "nav_enrolments", order = 45, roles = {Roles.UNIT_MANAGER, Roles.TEACHER})
public class EnrolmentsPage {
    static final String PATH = "/enrolments";
    /** Seconds between reloads of a running job's page. */
    static final int REFRESH_SECONDS = 2;

    @Inject
    PageContext page;
    @Inject
    EnrolmentJobs jobs;
    @Inject
    EnrolmentTargets targets;
    @Inject
    ErrorPages errorPages;

    /** The upload form with the places one may enrol into, and one's latest jobs. */
    public record FormView(List<EnrolmentTargets.Target> targets, String chosen, List<EnrolmentJobView> recent, String error,
                           long maxMegabytes) {
    }

    public record JobView(EnrolmentJobView job, String targetName, boolean finished) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Chrome chrome, FormView view);

        static native TemplateInstance job(Chrome chrome, JobView view);
    }

    @GET
    public Response form(@QueryParam("classId") String classId) {
        return refused().orElseGet(() -> formPage(200, page.chrome(), classId == null ? null : "class:" + classId, null));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file, @RestForm("target") String target) {
        return refused().orElseGet(() -> {
            Chrome chrome = page.chromeAt(PATH);
            if (file == null || file.uploadedFile() == null || file.fileName() == null || file.fileName().isBlank()) {
                return formPage(400, chrome, target, Texts.get(page.locale(), "enrolments_no_file"));
            }
            String course = target != null && target.startsWith("course:") ? target.substring("course:".length()) : null;
            String classId = target != null && target.startsWith("class:") ? target.substring("class:".length()) : null;
            try {
                EnrolmentJobView job = jobs.create(page.profile(), course, classId, file.uploadedFile(), file.fileName());
                return Response.seeOther(URI.create(PATH + "/" + job.id())).build();
            } catch (ApiException refused) {
                return formPage(refused.status().getStatusCode(), chrome, target, message(refused));
            }
        });
    }

    @GET
    @Path("{id}")
    public Response job(@PathParam("id") String id) {
        return refused().orElseGet(() -> {
            try {
                EnrolmentJobView job = jobs.get(page.profile(), id);
                JobView view = new JobView(job, targets.name(job, page.profile(), page.locale()), job.finished());
                Response.ResponseBuilder answer = Response.ok(Templates.job(page.chromeAt(PATH), view).setLocale(page.locale()))
                        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
                return (job.finished() ? answer : answer.header("Refresh", String.valueOf(REFRESH_SECONDS))).build();
            } catch (ApiException missing) {
                return errorPages.response(missing.status().getStatusCode(), page.chrome(), null);
            }
        });
    }

    @GET
    @Path("{id}/errors.csv")
    @Produces("text/csv")
    public Response errors(@PathParam("id") String id) {
        return refused().orElseGet(() -> {
            try {
                byte[] csv = jobs.errorReport(page.profile(), id, page.locale());
                return Response.ok(csv, "text/csv; charset=utf-8")
                        .header("Content-Disposition", "attachment; filename=\"" + Texts.get(page.locale(), "enrolments_report_file") + ".csv\"")
                        .build();
            } catch (ApiException missing) {
                return errorPages.response(missing.status().getStatusCode(), page.chrome(), null);
            }
        });
    }

    private Response formPage(int status, Chrome chrome, String chosen, String error) {
        FormView view = new FormView(targets.choices(page.profile(), page.identity(), page.locale()), chosen,
                jobs.mine(page.profile()), error, jobs.maxBytes() / 1_000_000);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.form(chrome, view).setLocale(page.locale())).build();
    }

    private Optional<Response> refused() {
        if (page.identity().hasRole(Roles.UNIT_MANAGER) || page.identity().hasRole(Roles.TEACHER)) {
            return Optional.empty();
        }
        return Optional.of(errorPages.response(403, page.chrome(), Roles.UNIT_MANAGER));
    }

    private String message(ApiException refused) {
        return Messages.get(page.locale(), refused.messageKey(), refused.args());
    }
}
