package org.hocvu.lms.competency;

import org.hocvu.lms.identity.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hocvu.lms.shared.RequestLanguage;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

/** Competency frameworks: public to read and export; admins import IMS CASE packages. */
@Path("/api/v1/frameworks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "frameworks")
public class FrameworkResource {
    @Inject
    CompetencyService competencies;
    @Inject
    RequestLanguage language;
    @Inject
    CaseUploadLimit uploadLimit;

    @GET
    @PermitAll
    @Operation(summary = "Every stored framework version, the current one of each marked")
    public List<CompetencyService.Summary> list() {
        return competencies.list(language.locale());
    }

    @GET
    @Path("{key}")
    @PermitAll
    @Operation(summary = "A framework as a tree (domains → competencies → levels) in the language asked for (?lang=, Accept-Language)")
    public FrameworkTree tree(@PathParam("key") String key, @QueryParam("version") String version) {
        return competencies.tree(key, version, language.locale());
    }

    @GET
    @Path("{key}/case")
    @PermitAll
    @Operation(summary = "A framework as an IMS CASE 1.0 CFPackage, in one language")
    public CasePackage exportCase(@PathParam("key") String key, @QueryParam("version") String version) {
        return competencies.export(key, version, language.locale());
    }

    @POST
    @Path("case")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import an IMS CASE 1.0 CFPackage (at most 10 MB): a new framework, or a new version of one"
            + " already here; 201 with a report, 400 naming every problem's object and field, 409 when that version is here")
    public Response importCase(InputStream body) {
        CompetencyService.Imported imported = competencies.importCase(uploadLimit.read(body));
        CaseImportReport report = CaseImportReport.of(imported, language.locale());
        return Response.created(URI.create("/api/v1/frameworks/" + report.key())).entity(report).build();
    }
}
