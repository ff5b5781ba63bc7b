package org.hocvu.lms.facilitation;

@jakarta.enterprise.context.ApplicationScoped
public class Claims {
    public FacilitationViews.ClaimCode issue(Facilitator f, java.util.UUID learnerId) {
        throw new org.hocvu.lms.shared.ApiException(jakarta.ws.rs.core.Response.Status.NOT_IMPLEMENTED, "facilitation.not-yet", null);
    }

    public FacilitationViews.Claimed claim(FacilitationViews.ClaimInput body) {
        throw new org.hocvu.lms.shared.ApiException(jakarta.ws.rs.core.Response.Status.NOT_IMPLEMENTED, "facilitation.not-yet", null);
    }
}
