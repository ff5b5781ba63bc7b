package org.hocvu.lms.facilitation;

@jakarta.enterprise.context.ApplicationScoped
public class Reports {
    public FacilitationViews.Mine mine(Facilitator f) {
        throw new org.hocvu.lms.shared.ApiException(jakarta.ws.rs.core.Response.Status.NOT_IMPLEMENTED, "facilitation.not-yet", null);
    }

    public FacilitationViews.Overview overview(Facilitator f, String unit) {
        throw new org.hocvu.lms.shared.ApiException(jakarta.ws.rs.core.Response.Status.NOT_IMPLEMENTED, "facilitation.not-yet", null);
    }
}
