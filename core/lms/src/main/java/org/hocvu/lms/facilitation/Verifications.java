package org.hocvu.lms.facilitation;

@jakarta.enterprise.context.ApplicationScoped
public class Verifications {
    public FacilitationViews.VerificationView verify(Facilitator f, java.util.UUID id, FacilitationViews.VerificationInput body) {
        throw new org.hocvu.lms.shared.ApiException(jakarta.ws.rs.core.Response.Status.NOT_IMPLEMENTED, "facilitation.not-yet", null);
    }

    public FacilitationViews.VerificationView withdraw(Facilitator f, java.util.UUID id, String reason) {
        throw new org.hocvu.lms.shared.ApiException(jakarta.ws.rs.core.Response.Status.NOT_IMPLEMENTED, "facilitation.not-yet", null);
    }
}
