package org.hocvu.lms.cmi5;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hocvu.lms.identity.IdentityService;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.shared.ApiException;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/**
 * The cmi5 LMS API. Launch: the signed-in learner, or an admin on behalf of a named learner (support,
 * conformance harnesses). Fetch: anyone holding the one-time URL (the AU, from another origin).
 * Registrations: their learner, teachers and managers. Waive: teachers and managers.
 */
@Path("/api/v1/cmi5")
@Tag(name = "cmi5")
@Produces(MediaType.APPLICATION_JSON)
public class Cmi5Resource {
    @Inject
    Cmi5Service cmi5;
    @Inject
    IdentityService identities;
    @Inject
    SecurityIdentity identity;
    @Inject
    Cmi5Access access;

    @POST
    @Path("launches")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Launch an AU of a published cmi5 course: 201 with the URL to open")
    public Response launch(Views.LaunchRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw ApiException.badRequest("packageId", "cmi5.launch.no-package");
        }
        UUID me = identities.me(identity).id();
        UUID learner = request.learnerId() == null ? me : request.learnerId();
        if (!learner.equals(me) && !identity.hasRole(Roles.ADMIN)) {
            throw new ApiException(Response.Status.FORBIDDEN, "cmi5.launch.not-yours", null);
        }
        Views.LaunchView launch = cmi5.launch(learner, request, origin(uri));
        return Response.created(URI.create("/api/v1/cmi5/registrations/" + launch.registration())).entity(launch).build();
    }

    /** This server as the caller reached it, {@code scheme://host[:port]/} (forwarded headers honoured when configured). */
    public static String origin(UriInfo uri) {
        java.net.URI base = uri.getBaseUri();
        return base.getScheme() + "://" + base.getRawAuthority() + "/";
    }

    @POST
    @Path("fetch/{key}")
    @PermitAll
    @Operation(summary = "The one-time auth-token fetch of a launch (cmi5 8.2)")
    public Map<String, String> fetch(@PathParam("key") String key) {
        return cmi5.fetch(key);
    }

    @GET
    @Path("registrations/{registration}")
    @Authenticated
    @Operation(summary = "The state of each AU and block of a registration")
    public Views.RegistrationView registration(@PathParam("registration") String registration) {
        UUID id;
        try {
            id = UUID.fromString(registration);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("cmi5.registration.not-found");
        }
        UUID me = identities.me(identity).id();
        if (!Cmi5Access.mayActForOthers(identity)) {
            return cmi5.registration(id, me);
        }
        Views.RegistrationView view = cmi5.registration(id, null);
        if (!view.learnerId().equals(me)) {
            access.requireMayActFor(identity, view.learnerId());
        }
        return view;
    }

    @POST
    @Path("waivers")
    @RolesAllowed({Roles.TEACHER, Roles.UNIT_MANAGER, Roles.CAMPAIGN_ADMIN, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Waive an AU for a learner with a reason (cmi5 9.3.7)")
    public Views.RegistrationView waive(Views.WaiveRequest request) {
        if (request == null) {
            throw ApiException.badRequest("learnerId", "cmi5.waive.no-learner");
        }
        if (request.learnerId() != null) {
            access.requireMayActFor(identity, request.learnerId());
        }
        return cmi5.waive(request);
    }
}
