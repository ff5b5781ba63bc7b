package org.hocvu.lms.cmi5;

import io.quarkus.security.identity.SecurityIdentity;
import org.hocvu.lms.identity.Roles;

/** Who may see and waive other learners' cmi5 registrations: teachers and managers. */
public final class Cmi5Access {
    private Cmi5Access() {
    }

    public static boolean mayActForOthers(SecurityIdentity identity) {
        return identity.hasRole(Roles.TEACHER) || identity.hasRole(Roles.UNIT_MANAGER)
                || identity.hasRole(Roles.CAMPAIGN_ADMIN) || identity.hasRole(Roles.ADMIN);
    }
}
