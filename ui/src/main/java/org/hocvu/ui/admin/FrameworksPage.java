package org.hocvu.ui.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.competency.CaseImportRefused;
import org.hocvu.lms.competency.CaseImportReport;
import org.hocvu.lms.competency.CaseUploadLimit;
import org.hocvu.lms.competency.CompetencyService;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Messages;
import org.hocvu.ui.i18n.Texts;
import org.hocvu.ui.layout.Chrome;
import org.hocvu.ui.layout.PageContext;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/**
 * Competency frameworks: admins only. The frameworks stored, and an IMS CASE 1.0 package to import
 * (a file, as partners send it) with its report: what was stored, or every problem named by object
 * and field, nothing stored.
 */
@Path("/admin/frameworks")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class FrameworksPage {
    static final String PATH = "/admin/frameworks";

    @Inject
    PageContext page;
    @Inject
    AdminAccess access;
    @Inject
    CompetencyService competencies;
    @Inject
    CaseUploadLimit uploadLimit;

    /**
     * @param report   what an import stored; null when nothing was imported
     * @param error    why an import was refused, in one sentence
     * @param problems the problems of a refused file, at most the first 50, and how many there were
     */
    public record View(List<CompetencyService.Summary> frameworks, CaseImportReport report, String error,
                       List<String> problems, int problemCount) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance frameworks(Chrome chrome, View view);
    }

    @GET
    public Response list() {
        return access.refusal(page, Roles.ADMIN)
                .orElseGet(() -> render(Response.Status.OK, page.chrome(), new View(stored(), null, null, List.of(), 0)));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importCase(@RestForm("file") FileUpload file) {
        return access.refusal(page, Roles.ADMIN).orElseGet(() -> {
            Chrome chrome = page.chromeAt(PATH);
            if (file == null || file.size() == 0) {
                return render(Response.Status.BAD_REQUEST, chrome,
                        new View(stored(), null, Texts.get(page.locale(), "frameworks_file_required"), List.of(), 0));
            }
            try {
                byte[] body = uploadLimit.read(Files.newInputStream(file.uploadedFile()));
                CaseImportReport report = CaseImportReport.of(competencies.importCase(body), page.locale());
                return render(Response.Status.CREATED, chrome, new View(stored(), report, null, List.of(), 0));
            } catch (CaseImportRefused refused) {
                List<String> problems = refused.problems().stream().map(p -> p.in(page.locale())).toList();
                String error = Texts.get(page.locale(), "frameworks_refused", refused.count());
                return render(Response.Status.BAD_REQUEST, chrome, new View(stored(), null, error, problems, refused.count()));
            } catch (ApiException refused) {
                String error = Messages.get(page.locale(), refused.messageKey(), refused.args());
                return render(refused.status(), chrome, new View(stored(), null, error, List.of(), 0));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private List<CompetencyService.Summary> stored() {
        return competencies.list(page.locale());
    }

    private Response render(Response.StatusType status, Chrome chrome, View view) {
        return Response.status(status).entity(Templates.frameworks(chrome, view).setLocale(page.locale())).build();
    }
}
