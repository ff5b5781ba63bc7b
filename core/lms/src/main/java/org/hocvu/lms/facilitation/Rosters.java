package org.hocvu.lms.facilitation;

@jakarta.enterprise.context.ApplicationScoped
public class Rosters {
    public org.hocvu.lms.shared.Page<FacilitationViews.RosterEntry> roster(Facilitator f, String unit, String q, String birthYear, org.hocvu.lms.shared.PageRequest page) {
        throw new org.hocvu.lms.shared.ApiException(jakarta.ws.rs.core.Response.Status.NOT_IMPLEMENTED, "facilitation.not-yet", null);
    }

    public FacilitationViews.RosterExport export(Facilitator f, String unit) {
        throw new org.hocvu.lms.shared.ApiException(jakarta.ws.rs.core.Response.Status.NOT_IMPLEMENTED, "facilitation.not-yet", null);
    }

    public java.util.List<FacilitationViews.SkillView> skills() {
        throw new org.hocvu.lms.shared.ApiException(jakarta.ws.rs.core.Response.Status.NOT_IMPLEMENTED, "facilitation.not-yet", null);
    }

    public java.util.List<FacilitationViews.TopicView> topics() {
        throw new org.hocvu.lms.shared.ApiException(jakarta.ws.rs.core.Response.Status.NOT_IMPLEMENTED, "facilitation.not-yet", null);
    }
}
