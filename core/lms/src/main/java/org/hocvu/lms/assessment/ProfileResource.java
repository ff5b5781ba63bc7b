package org.hocvu.lms.assessment;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hocvu.lms.identity.IdentityService;
import org.hocvu.lms.identity.MeView;
import org.hocvu.lms.shared.RequestLanguage;

/** The signed-in learner's own competency profile. */
@Path("/api/v1/me/competencies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "assessment")
@Authenticated
public class ProfileResource {
    @Inject
    ProfileService profiles;
    @Inject
    IdentityService identities;
    @Inject
    SecurityIdentity identity;
    @Inject
    RequestLanguage language;

    @GET
    @Operation(summary = "My competency profile: per framework node, the level reached, when, and the evidence statements")
    public CompetencyProfileView get() {
        MeView me = identities.me(identity);
        return profiles.of(me.id(), me.targetGroups(), language.locale());
    }
}
