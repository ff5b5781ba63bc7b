package org.hocvu.lms.assessment;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.plugin.TestItem;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.RequestLanguage;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.List;

/**
 * Item banks for admins: the plugins' standard-test banks and their problems, the banks of published
 * packages' quizzes, imports of Moodle XML and GIFT files.
 */
@Path("/api/v1/test-banks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "assessment")
@RolesAllowed({Roles.ADMIN, Roles.CAMPAIGN_ADMIN})
public class BankResource {
    @Inject
    PluginBanks banks;
    @Inject
    ImportService imports;
    @Inject
    PackageBanks packageBanks;
    @Inject
    RequestLanguage language;
    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(summary = "Each plugin's standard-test bank: usable or not, and its problems by file and line")
    public List<PluginBanks.BankStatus> banks() {
        return banks.statuses();
    }

    @GET
    @Path("/packages")
    @Operation(summary = "The banks made from published packages' lesson quizzes: version stored, items in use, what was not carried over")
    public List<PackageBanks.PackageBankStatus> packageBanks() {
        return packageBanks.statuses(language.locale());
    }

    @GET
    @Path("/packages/{packageId}/items")
    @Operation(summary = "The items in use of a package's bank, keys included")
    public List<TestItem> packageItems(@PathParam("packageId") String packageId) {
        boolean tooLong = packageId.length() > PackageBanks.MAX_PACKAGE_ID; // no package has such an id: not asked of the database
        List<TestItem> found = tooLong ? List.of() : packageBanks.items(packageId);
        if (found.isEmpty()) {
            throw ApiException.notFound("assessment.package.not-found",
                    tooLong ? packageId.substring(0, PackageBanks.MAX_PACKAGE_ID) + "…" : packageId);
        }
        return found;
    }

    @GET
    @Path("/imports")
    @Operation(summary = "The latest imports with their reports")
    public List<ImportService.ImportView> imports() {
        return imports.recent(50);
    }

    @GET
    @Path("/imports/{id}/items")
    @Operation(summary = "The items an import made, keys included")
    public List<TestItem> items(@PathParam("id") String id) {
        return imports.items(AttemptResource.attemptId(id));
    }

    @POST
    @Path("/imports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import a Moodle XML or GIFT file into a new bank; the report says what was and was not carried over")
    public Response importFile(@RestForm("file") FileUpload file, @RestForm("competency") String competency,
                               @RestForm("difficulty") String difficulty, @RestForm("language") String language) {
        if (file == null || file.uploadedFile() == null) {
            throw ApiException.badRequest("file", "assessment.import.missing-file");
        }
        ImportService.ImportView done = imports.importUpload(file.uploadedFile(), file.size(), file.fileName(), competency,
                difficulty, language, identity.getPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(done).build();
    }
}
