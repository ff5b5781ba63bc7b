package org.hocvu.lms.facilitation;

@jakarta.enterprise.context.ApplicationScoped
public class Conflicts {
    public java.util.List<FacilitationViews.ConflictView> open(Facilitator f) {
        throw new org.hocvu.lms.shared.ApiException(jakarta.ws.rs.core.Response.Status.NOT_IMPLEMENTED, "facilitation.not-yet", null);
    }

    public FacilitationViews.ConflictDecision merge(Facilitator f, java.util.UUID id, java.util.UUID keep) {
        throw new org.hocvu.lms.shared.ApiException(jakarta.ws.rs.core.Response.Status.NOT_IMPLEMENTED, "facilitation.not-yet", null);
    }

    public FacilitationViews.ConflictDecision distinct(Facilitator f, java.util.UUID id) {
        throw new org.hocvu.lms.shared.ApiException(jakarta.ws.rs.core.Response.Status.NOT_IMPLEMENTED, "facilitation.not-yet", null);
    }
}
