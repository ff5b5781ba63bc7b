package org.hocvu.lms.facilitation;

@jakarta.enterprise.context.ApplicationScoped
public class Sessions {
    public FacilitationViews.SessionView put(Facilitator f, java.util.UUID id, FacilitationViews.SessionInput body) {
        throw new org.hocvu.lms.shared.ApiException(jakarta.ws.rs.core.Response.Status.NOT_IMPLEMENTED, "facilitation.not-yet", null);
    }

    public FacilitationViews.AttendanceView attend(Facilitator f, java.util.UUID id, java.util.UUID learner) {
        throw new org.hocvu.lms.shared.ApiException(jakarta.ws.rs.core.Response.Status.NOT_IMPLEMENTED, "facilitation.not-yet", null);
    }
}
