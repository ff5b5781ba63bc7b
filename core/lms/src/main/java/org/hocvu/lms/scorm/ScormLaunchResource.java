package org.hocvu.lms.scorm;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hocvu.lms.identity.IdentityService;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.scorm.ScormViews.Launch;

/** A learner opens a published SCORM package: their attempt (resumed or new), a run-time token, the table of contents. */
@Path("/api/v1/scorm/packages/{packageId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "scorm")
public class ScormLaunchResource {
    @Inject
    ScormPlayer player;
    @Inject
    IdentityService identities;
    @Inject
    SecurityIdentity identity;

    @POST
    @Path("launch")
    @RolesAllowed(Roles.LEARNER)
    @Operation(summary = "Open (or resume) the caller's attempt; ?sco= picks the SCO; the token is the run-time's credential for 12 hours")
    public Launch launch(@PathParam("packageId") String packageId, @QueryParam("sco") String sco) {
        return player.launch(identities.me(identity).id(), packageId, sco);
    }

    @POST
    @Path("restart")
    @RolesAllowed(Roles.LEARNER)
    @Operation(summary = "Start a new attempt at the package's current version")
    public Launch restart(@PathParam("packageId") String packageId) {
        return player.restart(identities.me(identity).id(), packageId);
    }
}
