package org.hocvu.lms.content;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hocvu.lms.identity.Roles;

/**
 * Who is acting on packages: their user name, the organisation a partner acts for (the Keycloak
 * user attribute {@code organisation}, in the token as a claim of that name), and whether they
 * review (reviewers and admins see every organisation's packages).
 */
public record Caller(String user, String organisation, boolean reviewer) {
    public static final String ORGANISATION_CLAIM = "organisation";

    public static Caller of(SecurityIdentity identity) {
        String organisation = null;
        String user = identity.getPrincipal().getName();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim(ORGANISATION_CLAIM);
            organisation = claim == null ? null : claim.toString().replaceAll("^\"|\"$", "").strip();
            String preferred = jwt.getClaim("preferred_username");
            user = preferred != null ? preferred : user;
        }
        boolean reviewer = identity.hasRole(Roles.REVIEWER) || identity.hasRole(Roles.ADMIN);
        return new Caller(user, organisation == null || organisation.isBlank() ? null : organisation, reviewer);
    }
}
