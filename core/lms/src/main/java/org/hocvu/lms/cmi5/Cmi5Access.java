package org.hocvu.lms.cmi5;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.campaign.CampaignScope;
import org.hocvu.lms.identity.IdentityService;
import org.hocvu.lms.identity.LearnerView;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.shared.ApiException;

import java.util.Set;
import java.util.UUID;

/**
 * Who may see and waive other learners' cmi5 registrations: teachers, campaign admins and admins
 * any learner's; a unit manager only those of learners in their unit and below (the campaign's
 * scope), never up or sideways.
 */
@ApplicationScoped
public class Cmi5Access {
    @Inject
    CampaignScope scope;
    @Inject
    IdentityService identities;

    public static boolean mayActForOthers(SecurityIdentity identity) {
        return identity.hasRole(Roles.TEACHER) || identity.hasRole(Roles.UNIT_MANAGER)
                || identity.hasRole(Roles.CAMPAIGN_ADMIN) || identity.hasRole(Roles.ADMIN);
    }

    /** 403 unless the person may act for this learner; 404 when there is no such learner. */
    public void requireMayActFor(SecurityIdentity identity, UUID learner) {
        if (!mayActForOthers(identity)) {
            throw new ApiException(Response.Status.FORBIDDEN, "cmi5.scope.others", null);
        }
        if (identity.hasRole(Roles.TEACHER) || scope.everything(identity)) {
            return;
        }
        LearnerView whom = identities.learners(Set.of(learner)).get(learner);
        if (whom == null) {
            throw ApiException.notFound("cmi5.learner.not-found");
        }
        if (whom.unit() == null || !scope.mayRead(identity, whom.unit().code())) {
            throw new ApiException(Response.Status.FORBIDDEN, "cmi5.scope.outside", null);
        }
    }
}
