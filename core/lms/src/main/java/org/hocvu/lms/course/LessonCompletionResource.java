package org.hocvu.lms.course;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hocvu.lms.identity.IdentityService;
import org.hocvu.lms.identity.MeView;
import org.hocvu.lms.identity.Roles;

/** Marking a lesson complete through the API (the player's page form does the same). */
@Path("/api/v1/me/lessons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "learning")
public class LessonCompletionResource {
    @Inject
    IdentityService identities;
    @Inject
    SecurityIdentity identity;
    @Inject
    LessonService lessons;

    /** What a press of "mark complete" may carry: the statement id the learner's browser fixed. */
    public record CompletionRequest(String statementId) {
    }

    @POST
    @Path("{packageId}/{version}/{lessonId}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LEARNER)
    @Operation(summary = "Mark a lesson complete; the same statementId again stores nothing")
    public LessonViews.Completion complete(@PathParam("packageId") String packageId, @PathParam("version") String version,
                                           @PathParam("lessonId") String lessonId, CompletionRequest request) {
        MeView me = identities.me(identity);
        return lessons.markComplete(me.id(), me.targetGroups(), packageId, version, lessonId,
                request == null ? null : request.statementId());
    }
}
