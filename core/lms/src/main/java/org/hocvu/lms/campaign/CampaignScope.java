package org.hocvu.lms.campaign;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.unit.UnitService;

import java.util.Optional;

/**
 * Which units a person may read campaign figures of: campaign admins and admins every unit; a unit
 * manager their unit (the {@code unit} attribute of their token) and everything below it, never up
 * or sideways; nobody else any.
 */
@ApplicationScoped
public class CampaignScope {
    @Inject
    UnitService units;

    /** True when the person may read every unit. */
    public boolean everything(SecurityIdentity identity) {
        return identity.hasRole(Roles.CAMPAIGN_ADMIN) || identity.hasRole(Roles.ADMIN);
    }

    /** The unit a person's figures start at: a manager's own, or the token's for an admin (may be empty). */
    public Optional<String> home(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object unit = jwt.getClaim("unit");
            if (unit != null && !unit.toString().isBlank() && units.exists(unit.toString().replace("\"", ""))) {
                return Optional.of(unit.toString().replace("\"", ""));
            }
        }
        return Optional.empty();
    }

    /** The unit asked for (blank: the person's own), when they may read it; 403 otherwise. */
    public String check(SecurityIdentity identity, String asked) {
        String code = asked == null || asked.isBlank() ? home(identity).orElse(null) : asked.trim();
        if (code == null) {
            throw ApiException.badRequest("unit", "campaign.unit.required");
        }
        if (!units.exists(code)) {
            throw ApiException.notFound("campaign.unit.unknown", code);
        }
        if (!mayRead(identity, code)) {
            throw new ApiException(Response.Status.FORBIDDEN, "campaign.scope.outside", "unit", code);
        }
        return code;
    }

    public boolean mayRead(SecurityIdentity identity, String code) {
        if (everything(identity)) {
            return true;
        }
        if (!identity.hasRole(Roles.UNIT_MANAGER)) {
            return false;
        }
        return home(identity).map(home -> units.isWithin(code, home)).orElse(false);
    }
}
