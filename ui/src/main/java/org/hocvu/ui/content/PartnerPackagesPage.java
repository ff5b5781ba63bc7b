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
import org.hocvu.lms.content.PackageRejected;
import org.hocvu.lms.content.PackageService;
import org.hocvu.lms.content.check.Report;
import org.hocvu.lms.content.review.Decision;
import org.hocvu.lms.content.review.ReviewService;
import org.hocvu.lms.content.review.VersionView;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Page;
import org.hocvu.lms.shared.PageRequest;
import org.hocvu.ui.i18n.Texts;
import org.hocvu.ui.layout.Chrome;
import org.hocvu.ui.layout.NavEntry;
import org.hocvu.ui.layout.PageContext;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A content partner's lesson packages (role content-partner): their organisation's versions with
 * their status, a plain multipart form to upload a package (works without JavaScript; a refused
 * package comes back with every problem, file and line), and each version's page with its review
 * history and, for a draft, the form that submits it for review.
 */
@Path(PartnerPackagesPage.PATH)
@Produces(MediaType.TEXT_HTML)
@Authenticated
@NavEntry(label = "nav_content_packages", order = 40, roles = Roles.CONTENT_PARTNER)
public class PartnerPackagesPage {
    static final String PATH = "/packages";

    @Inject
    PageContext page;
    @Inject
    ContentPages pages;
    @Inject
    PackageService packages;
    @Inject
    ReviewService reviews;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Chrome chrome, PackageList view);

        static native TemplateInstance version(Chrome chrome, VersionDetail view);
    }

    @GET
    public Response list(@QueryParam("page") String pageNumber) {
        Optional<Response> refused = pages.refusedWithout(Roles.CONTENT_PARTNER);
        if (refused.isPresent()) {
            return refused.get();
        }
        try {
            return showList(200, page.chrome(), PageRequest.of(pageNumber, null), null, null, List.of());
        } catch (ApiException badPage) {
            // a page number typed by hand: the first page, with the reason
            return showList(400, page.chrome(), PageRequest.of(null, null), pages.message(badPage), null, List.of());
        }
    }

    @POST
    @Path("upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file) throws IOException {
        Optional<Response> refused = pages.refusedWithout(Roles.CONTENT_PARTNER);
        if (refused.isPresent()) {
            return refused.get();
        }
        Chrome chrome = page.chromeAt(PATH);
        // a browser sends an empty part when no file was chosen
        if (file == null || file.uploadedFile() == null || file.fileName() == null || file.fileName().isBlank()) {
            return showList(400, chrome, PageRequest.of(null, null), null, Texts.get(page.locale(), "content_upload_no_file"), List.of());
        }
        try {
            VersionView draft = packages.upload(file.uploadedFile(), file.fileName(), pages.caller());
            return Response.seeOther(URI.create(versionPath(draft) + "?done=uploaded")).build();
        } catch (PackageRejected rejected) {
            List<Report.Line> problems = rejected.report().lines(page.locale());
            return showList(422, chrome, PageRequest.of(null, null), null,
                    Texts.get(page.locale(), "content_upload_rejected", problems.size()), problems);
        } catch (ApiException refusedUpload) {
            return showList(refusedUpload.status().getStatusCode(), chrome, PageRequest.of(null, null), null,
                    pages.message(refusedUpload), List.of());
        }
    }

    @GET
    @Path("{id}/{version}")
    public Response version(@PathParam("id") String id, @PathParam("version") String version, @QueryParam("done") String done) {
        Optional<Response> refused = pages.refusedWithout(Roles.CONTENT_PARTNER);
        if (refused.isPresent()) {
            return refused.get();
        }
        return pages.versionPage(id, version, done, Set.of("uploaded", "submitted"), PATH, Templates::version);
    }

    @POST
    @Path("{id}/{version}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") String id, @PathParam("version") String version, @FormParam("comment") String comment) {
        Optional<Response> refused = pages.refusedWithout(Roles.CONTENT_PARTNER);
        if (refused.isPresent()) {
            return refused.get();
        }
        try {
            VersionView submitted = reviews.submit(id, version, pages.caller(), new Decision(comment));
            return Response.seeOther(URI.create(versionPath(submitted) + "?done=submitted")).build();
        } catch (ApiException refusedSubmit) {
            if (refusedSubmit.status() == Response.Status.NOT_FOUND) {
                return pages.errorPage(refusedSubmit);
            }
            VersionView v = reviews.get(id, version, pages.caller());
            VersionDetail view = pages.detail(v, PATH, comment, pages.message(refusedSubmit), null);
            return pages.html(refusedSubmit.status().getStatusCode(), Templates.version(page.chromeAt(versionPath(v)), view));
        }
    }

    private Response showList(int status, Chrome chrome, PageRequest request, String listError, String uploadError,
                              List<Report.Line> problems) {
        Page<VersionView> versions = reviews.list(pages.caller(), null, request);
        ContentWords words = pages.words();
        PackageList view = new PackageList(versions.items().stream().map(v -> words.row(v, PATH)).toList(),
                Paging.of(PATH, versions), packages.limits().maxUploadBytes() / (1024 * 1024), listError, uploadError, problems);
        return pages.html(status, Templates.list(chrome, view));
    }

    private static String versionPath(VersionView v) {
        return PATH + "/" + v.packageId() + "/" + v.version();
    }
}
