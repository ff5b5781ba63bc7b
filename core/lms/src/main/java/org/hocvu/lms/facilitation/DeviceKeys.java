package org.hocvu.lms.facilitation;

@jakarta.enterprise.context.ApplicationScoped
public class DeviceKeys {
    public FacilitationViews.DeviceKey issue(Facilitator f, io.quarkus.security.identity.SecurityIdentity identity) {
        throw new org.hocvu.lms.shared.ApiException(jakarta.ws.rs.core.Response.Status.NOT_IMPLEMENTED, "facilitation.not-yet", null);
    }

    public FacilitationViews.DeviceKey again(Facilitator f, String keyId) {
        throw new org.hocvu.lms.shared.ApiException(jakarta.ws.rs.core.Response.Status.NOT_IMPLEMENTED, "facilitation.not-yet", null);
    }
}
