package org.hocvu.lms.assessment;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hocvu.lms.identity.IdentityService;
import org.hocvu.lms.identity.LearnerIdentity;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.RequestLanguage;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A target group's standard test: start or resume one's attempt; prepare attempts for a session. */
@Path("/api/v1/tests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "assessment")
public class TestResource {
    static final int MAX_PREPARED = 2000;

    @Inject
    AttemptService attempts;
    @Inject
    IdentityService identities;
    @Inject
    SecurityIdentity identity;
    @Inject
    RequestLanguage language;

    @POST
    @Path("/{testId}/attempts")
    @Authenticated
    @Operation(summary = "Start my attempt at my group's standard test, or resume the one running (201 started, 200 resumed)")
    public Response start(@PathParam("testId") String testId) {
        LearnerIdentity me = identities.learner(identity);
        AttemptService.Started s = attempts.start(me.id(), me.targetGroups(), testId, language.locale());
        return Response.status(s.started() ? Response.Status.CREATED : Response.Status.OK).entity(s.attempt()).build();
    }

    /** Learners registered for a session, whose forms are drawn before it starts. */
    public record Preparation(String sessionId, List<UUID> learners) {
    }

    @POST
    @Path("/{testId}/prepared-attempts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FACILITATOR, Roles.ADMIN, Roles.CAMPAIGN_ADMIN})
    @Operation(summary = "Draw the forms of the learners registered for a session before it starts")
    public Map<String, Integer> prepare(@PathParam("testId") String testId, Preparation preparation) {
        if (preparation == null || preparation.learners() == null || preparation.learners().isEmpty()) {
            throw ApiException.badRequest("learners", "assessment.prepare.no-learners");
        }
        if (preparation.learners().size() > MAX_PREPARED) {
            throw ApiException.badRequest("learners", "assessment.prepare.too-many", MAX_PREPARED);
        }
        if (preparation.sessionId() != null && preparation.sessionId().length() > 120) {
            throw ApiException.badRequest("sessionId", "assessment.prepare.session-too-long", 120);
        }
        return Map.of("prepared", attempts.prepare(testId, preparation.sessionId(), preparation.learners()));
    }
}
