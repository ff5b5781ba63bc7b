package org.hocvu.lms.scorm;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hocvu.lms.scorm.ScormViews.Commit;
import org.hocvu.lms.scorm.ScormViews.RuntimeState;
import org.hocvu.lms.scorm.ScormViews.Saved;

/**
 * The SCORM run-time's calls to the server, from the frame on the content path. The frame has no
 * cookie (it may run on another origin): the run-time token of the launch is the credential, so
 * the endpoint is open to anyone who holds one and to nobody else (403 otherwise).
 */
@Path("/api/v1/scorm/runtime/{token}/scos/{sco}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "scorm")
public class ScormRuntimeResource {
    @Inject
    ScormPlayer player;

    @GET
    @PermitAll
    @Operation(summary = "A SCO's saved data model and what the LMS supplies (entry, credit, total time, …), for the run-time token's attempt")
    public RuntimeState state(@PathParam("token") String token, @PathParam("sco") String sco) {
        return player.state(token, sco);
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a SCO's data model (initialize, commit, terminate, hide); records its xAPI statements in the same transaction")
    public Saved save(@PathParam("token") String token, @PathParam("sco") String sco, Commit commit) {
        return player.save(token, sco, commit);
    }
}
