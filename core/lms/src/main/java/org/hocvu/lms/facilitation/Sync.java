package org.hocvu.lms.facilitation;

@jakarta.enterprise.context.ApplicationScoped
public class Sync {
    public FacilitationViews.SyncResult apply(Facilitator f, FacilitationViews.SyncBatch batch) {
        throw new org.hocvu.lms.shared.ApiException(jakarta.ws.rs.core.Response.Status.NOT_IMPLEMENTED, "facilitation.not-yet", null);
    }
}
