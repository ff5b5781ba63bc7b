package org.hocvu.lms.course;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hocvu.lms.identity.IdentityService;
import org.hocvu.lms.identity.MeView;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.shared.RequestLanguage;

/** A learner's own paths: their courses, progress and the next step. */
@Path("/api/v1/me/learning")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "learning")
public class LearningResource {
    @Inject
    IdentityService identities;
    @Inject
    SecurityIdentity identity;
    @Inject
    RequestLanguage language;
    @Inject
    LearningPathService paths;

    @GET
    @RolesAllowed(Roles.LEARNER)
    @Operation(summary = "My learning paths (one per target group I belong to): courses, progress, the next step")
    public LearningViews.Learning learning() {
        MeView me = identities.me(identity);
        return paths.learning(me.id(), me.targetGroups(), language.locale());
    }
}
