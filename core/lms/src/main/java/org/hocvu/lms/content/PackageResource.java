package org.hocvu.lms.content;

import io.quarkus.security.identity.SecurityIdentity;
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
import org.hocvu.lms.content.check.Report;
import org.hocvu.lms.content.review.Decision;
import org.hocvu.lms.content.review.ReviewService;
import org.hocvu.lms.content.review.VersionStatus;
import org.hocvu.lms.content.review.VersionView;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Messages;
import org.hocvu.lms.shared.RequestLanguage;
import org.hocvu.lms.shared.Page;
import org.hocvu.lms.shared.PageRequest;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Lesson packages: partners upload and submit their organisation's versions; reviewers see the
 * queue ({@code ?status=submitted}) and approve (publish) or reject with a comment.
 */
@Path("/api/v1/packages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "content")
public class PackageResource {
    /** The body of a 422: the usual error fields plus every problem of the package. */
    public record Rejection(int status, String error, String message, List<Report.Line> report) {
    }

    @Inject
    RequestLanguage language;
    @Inject
    PackageService packages;
    @Inject
    ReviewService reviews;
    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.CONTENT_PARTNER)
    @Operation(summary = "Upload a package (zip: native or cmi5, or a bare cmi5.xml) as a draft; 422 lists every problem")
    public Response upload(@RestForm("file") FileUpload file) throws IOException {
        if (file == null || file.uploadedFile() == null) {
            throw ApiException.badRequest("file", "content.upload.missing-file");
        }
        VersionView draft = packages.upload(file.uploadedFile(), file.fileName(), Caller.of(identity));
        return Response.created(URI.create("/api/v1/packages/" + draft.packageId() + "/versions/" + draft.version()))
                .entity(draft).build();
    }

    @GET
    @RolesAllowed({Roles.CONTENT_PARTNER, Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "Versions: a partner's organisation's, or every one for reviewers; ?status=submitted is the review queue")
    public Page<VersionView> list(@QueryParam("status") String status, @QueryParam("page") String page,
                                  @QueryParam("size") String size) {
        VersionStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = VersionStatus.ofDataName(status.strip());
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("status", "content.catalog.bad-filter", "status");
            }
        }
        return reviews.list(caller(), wanted, PageRequest.of(page, size));
    }

    @GET
    @Path("{id}/versions/{version}")
    @RolesAllowed({Roles.CONTENT_PARTNER, Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "One version with its description and every review step")
    public VersionView get(@PathParam("id") String id, @PathParam("version") String version) {
        return reviews.get(id, version, caller());
    }

    @POST
    @Path("{id}/versions/{version}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONTENT_PARTNER)
    @Operation(summary = "Submit a draft for review (optional comment)")
    public VersionView submit(@PathParam("id") String id, @PathParam("version") String version, Decision decision) {
        return reviews.submit(id, version, caller(), decision);
    }

    @POST
    @Path("{id}/versions/{version}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Approve a submitted version: it is published and replaces the package's previous version in the catalog")
    public VersionView approve(@PathParam("id") String id, @PathParam("version") String version, Decision decision) {
        return reviews.approve(id, version, caller(), decision);
    }

    @POST
    @Path("{id}/versions/{version}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Reject a submitted version with a comment (required)")
    public VersionView reject(@PathParam("id") String id, @PathParam("version") String version, Decision decision) {
        return reviews.reject(id, version, caller(), decision);
    }

    private Caller caller() {
        return Caller.of(identity);
    }

    @ServerExceptionMapper
    public Response rejected(PackageRejected e) {
        Locale locale = language.locale();
        return Response.status(422).type(MediaType.APPLICATION_JSON)
                .entity(new Rejection(422, "Unprocessable Content", Messages.get(locale, "content.upload.rejected"),
                        e.report().lines(locale)))
                .build();
    }
}
