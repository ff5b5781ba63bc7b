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
import org.hocvu.lms.plugin.Difficulty;
import org.hocvu.lms.plugin.TestItem;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Languages;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

/** Item banks for admins: the plugins' standard-test banks and their problems; imports of Moodle XML and GIFT files. */
@Path("/api/v1/test-banks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "assessment")
@RolesAllowed({Roles.ADMIN, Roles.CAMPAIGN_ADMIN})
public class BankResource {
    static final int MAX_COMPETENCY = 64;

    @Inject
    PluginBanks banks;
    @Inject
    ImportService imports;
    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(summary = "Each plugin's standard-test bank: usable or not, and its problems by file and line")
    public List<PluginBanks.BankStatus> banks() {
        return banks.statuses();
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
                               @RestForm("difficulty") String difficulty, @RestForm("language") String language) throws IOException {
        if (file == null || file.uploadedFile() == null) {
            throw ApiException.badRequest("file", "assessment.import.missing-file");
        }
        if (file.size() > ImportService.MAX_BYTES) {
            throw new ApiException(Response.Status.REQUEST_ENTITY_TOO_LARGE, "assessment.import.too-large", "file",
                    ImportService.MAX_BYTES / 1024);
        }
        String code = competency == null || competency.isBlank() ? "-" : competency.strip();
        if (code.length() > MAX_COMPETENCY) {
            throw ApiException.badRequest("competency", "assessment.import.competency-too-long", MAX_COMPETENCY);
        }
        Difficulty level = difficulty == null || difficulty.isBlank() ? Difficulty.MEDIUM
                : Difficulty.ofDataName(difficulty.strip()).orElseThrow(() -> ApiException.badRequest("difficulty", "assessment.import.bad-difficulty"));
        String lang = language == null || language.isBlank() ? Languages.VIETNAMESE.getLanguage() : language.strip();
        if (Languages.configured().find(lang).isEmpty()) {
            throw ApiException.badRequest("language", "assessment.import.bad-language", String.join(", ", Languages.configured().codes()));
        }
        String name = file.fileName() == null ? "questions" : file.fileName();
        ImportService.ImportView done = imports.importFile(Files.readAllBytes(file.uploadedFile()),
                name.length() > 255 ? name.substring(0, 255) : name, lang, code, level, identity.getPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(done).build();
    }
}
