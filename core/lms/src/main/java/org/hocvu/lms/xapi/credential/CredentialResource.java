package org.hocvu.lms.xapi.credential;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import java.util.List;
import java.util.UUID;

/** LRS credentials (HTTP Basic key and secret with xAPI scopes): admins only. */
@Path("/api/v1/lrs/credentials")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "lrs")
@RolesAllowed(Roles.ADMIN)
public class CredentialResource {
    @Inject
    CredentialService credentials;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a credential; the secret is in this response only")
    public Response issue(NewCredential request) {
        return Response.status(Response.Status.CREATED).entity(credentials.issue(request)).build();
    }

    @GET
    @Operation(summary = "All credentials, revoked ones included, without secrets")
    public List<LrsCredential> list() {
        return credentials.list();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a credential; it stops working within seconds on every node")
    public Response revoke(@PathParam("id") UUID id) {
        credentials.revoke(id);
        return Response.noContent().build();
    }
}
