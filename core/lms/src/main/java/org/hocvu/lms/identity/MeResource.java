package org.hocvu.lms.identity;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in person's own profile: any signed-in person, about themselves only. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "me")
@Authenticated
public class MeResource {
    @Inject
    IdentityService identities;
    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(summary = "Who I am: id, name, roles, unit with its path, target groups")
    public MeView get() {
        return identities.me(identity);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set my display name, unit and target groups (validated)")
    public MeView update(MeUpdate change) {
        return identities.update(identity, change);
    }
}
