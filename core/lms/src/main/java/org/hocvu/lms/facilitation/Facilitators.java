package org.hocvu.lms.facilitation;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hocvu.lms.identity.IdentityService;
import org.hocvu.lms.identity.LearnerView;
import org.hocvu.lms.identity.MeView;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.unit.UnitService;
import org.hocvu.lms.unit.UnitView;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Who calls, and for which unit: the token's {@code unit} claim, as for every staff member. */
@ApplicationScoped
public class Facilitators {
    @Inject
    IdentityService identities;
    @Inject
    UnitService units;

    public Facilitator of(SecurityIdentity identity) {
        MeView me = identities.me(identity);
        String unit = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim("unit") : null;
        if (unit == null || !units.exists(unit)) {
            throw new ApiException(Response.Status.FORBIDDEN, "facilitation.no-unit", null);
        }
        boolean manager = identity.hasRole(Roles.UNIT_MANAGER) || identity.hasRole(Roles.CAMPAIGN_ADMIN)
                || identity.hasRole(Roles.ADMIN);
        return new Facilitator(me.id(), me.displayName(), unit, path(unit), manager);
    }

    /**
     * A learner the caller may record for: one whose unit lies within the caller's (403 otherwise,
     * 404 when there is no such learner). Answers their profile.
     */
    LearnerView learnerWithin(Facilitator f, UUID learnerId) {
        LearnerView learner = identities.learners(List.of(learnerId)).get(learnerId);
        if (learner == null) {
            throw ApiException.notFound("facilitation.learner.not-found", learnerId);
        }
        if (learner.unit() == null || !f.covers(pathOf(learner.unit()))) {
            throw new ApiException(Response.Status.FORBIDDEN, "facilitation.learner.outside", "learnerId", learner.displayName());
        }
        return learner;
    }

    static String pathOf(UnitView unitWithPath) {
        return unitWithPath.path().stream().map(UnitView::code).collect(Collectors.joining("/", "/", "/"));
    }

    /** {@code /82/28249/}: the unit's codes from the province down, as "and below" compares them. */
    String path(String unitCode) {
        return pathOf(units.withPath(unitCode));
    }

    /**
     * The unit an act is for, which must be the caller's or below it: 403 with a keyed message
     * otherwise, 400 when it does not exist. Answers the unit's path.
     */
    String within(Facilitator f, String unitCode, String field) {
        if (unitCode == null || unitCode.isBlank() || unitCode.length() > 40 || !units.exists(unitCode)) {
            throw ApiException.badRequest(field, "facilitation.unit.unknown", unitCode == null ? "" : unitCode);
        }
        String path = path(unitCode);
        if (!f.covers(path)) {
            throw new ApiException(Response.Status.FORBIDDEN, "facilitation.unit.outside", field, unitCode);
        }
        return path;
    }
}
