package org.hocvu.lms.identity.people;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.shared.Page;
import org.hocvu.lms.shared.PageRequest;

/** People with their roles, unit and groups: admins only; roles are changed in Keycloak. */
@Path("/api/v1/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "people")
@RolesAllowed(Roles.ADMIN)
public class PeopleResource {
    @Inject
    PeopleService people;
    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(summary = "People whose username, name or e-mail contains q, paged, with roles, unit and groups")
    public Page<PersonView> search(@QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size) {
        return people.search(q, PageRequest.of(page, size));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One person by their Keycloak id")
    public PersonView get(@PathParam("id") String id) {
        return people.get(id);
    }

    @PUT
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the person's realm roles (all but learner, which everyone has); changed in Keycloak")
    public PersonView changeRoles(@PathParam("id") String id, RoleChange change) {
        return people.changeRoles(id, change, identity);
    }
}
