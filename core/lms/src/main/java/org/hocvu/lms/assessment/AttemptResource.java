package org.hocvu.lms.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hocvu.lms.identity.IdentityService;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.RequestLanguage;

import java.util.UUID;

/** One's own attempts: read (resume), save an answer, submit. Another learner's attempt is not found. */
@Path("/api/v1/attempts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "assessment")
@Authenticated
public class AttemptResource {
    static final int MAX_ITEM_ID = 120;

    @Inject
    AttemptService attempts;
    @Inject
    IdentityService identities;
    @Inject
    SecurityIdentity identity;
    @Inject
    RequestLanguage language;

    /** The body of a saved answer: {@code {"response": ...}} (see the item types for its shape). */
    public record ResponseBody(JsonNode response) {
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "My attempt: its form and saved answers, or its result after submission")
    public AttemptView get(@PathParam("id") String id) {
        return attempts.get(learner(), attemptId(id), language.locale());
    }

    @PUT
    @Path("/{id}/responses/{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save my answer to one item; sending the same answer again changes nothing")
    public AttemptService.Saved respond(@PathParam("id") String id, @PathParam("itemId") String itemId, ResponseBody body) {
        if (itemId.length() > MAX_ITEM_ID) {
            throw ApiException.notFound("assessment.item.not-in-attempt", itemId.substring(0, MAX_ITEM_ID));
        }
        if (body == null) {
            throw ApiException.badRequest("response", "assessment.response.missing");
        }
        return attempts.respond(learner(), attemptId(id), itemId, body.response());
    }

    @POST
    @Path("/{id}/submit")
    @Operation(summary = "Submit my attempt: it is graded and its result returned")
    public AttemptView submit(@PathParam("id") String id) {
        return attempts.submit(learner(), attemptId(id), language.locale());
    }

    private UUID learner() {
        return identities.learner(identity).id();
    }

    static UUID attemptId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("assessment.attempt.not-found", id.length() > 40 ? id.substring(0, 40) : id);
        }
    }
}
