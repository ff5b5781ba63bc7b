package org.hocvu.lms.roster;

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
import org.hocvu.lms.identity.IdentityService;
import org.hocvu.lms.identity.MeView;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.RequestLanguage;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;
import java.util.List;

/**
 * Bulk enrolment from a CSV file: a unit manager into a course (people of their unit and below), a
 * teacher into their class. The job runs in the background; its state, counts and error report are
 * its owner's only.
 */
@Path("/api/v1/enrolment-jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "roster")
public class EnrolmentJobResource {
    @Inject
    SecurityIdentity identity;
    @Inject
    IdentityService identities;
    @Inject
    EnrolmentJobs jobs;
    @Inject
    RequestLanguage language;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.UNIT_MANAGER, Roles.TEACHER})
    @Operation(summary = "Upload a CSV (columns username or email; for new people also full_name, unit, groups) "
            + "with course (managers) or classId (teachers); 202 with the job, processed in the background")
    public Response create(@RestForm("file") FileUpload file, @RestForm("course") String course,
                           @RestForm("classId") String classId) {
        if (file == null || file.uploadedFile() == null) {
            throw ApiException.badRequest("file", "roster.file.missing");
        }
        EnrolmentJobView job = jobs.create(me(), course, classId, file.uploadedFile(), file.fileName());
        return Response.accepted(job).location(URI.create("/api/v1/enrolment-jobs/" + job.id())).build();
    }

    @GET
    @RolesAllowed({Roles.UNIT_MANAGER, Roles.TEACHER})
    @Operation(summary = "The caller's latest jobs, newest first")
    public List<EnrolmentJobView> mine() {
        return jobs.mine(me());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.UNIT_MANAGER, Roles.TEACHER})
    @Operation(summary = "A job's state, progress and counts")
    public EnrolmentJobView get(@PathParam("id") String id) {
        return jobs.get(me(), id);
    }

    @GET
    @Path("{id}/errors.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.UNIT_MANAGER, Roles.TEACHER})
    @Operation(summary = "The rows refused: line of the file, username, e-mail, name and the reason, in the caller's language")
    public Response errors(@PathParam("id") String id) {
        byte[] csv = jobs.errorReport(me(), id, language.locale());
        return Response.ok(csv, "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"errors-" + id + ".csv\"").build();
    }

    private MeView me() {
        return identities.me(identity);
    }
}
