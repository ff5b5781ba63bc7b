package org.hocvu.lms.facilitation;

@jakarta.enterprise.context.ApplicationScoped
public class Registrations {
    public FacilitationViews.PersonView register(Facilitator f, java.util.UUID id, FacilitationViews.PersonInput body) {
        throw new org.hocvu.lms.shared.ApiException(jakarta.ws.rs.core.Response.Status.NOT_IMPLEMENTED, "facilitation.not-yet", null);
    }
}
