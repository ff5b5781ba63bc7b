package org.hocvu.lms.facilitation;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hocvu.lms.facilitation.FacilitationViews.AttendanceView;
import org.hocvu.lms.facilitation.FacilitationViews.DeviceKey;
import org.hocvu.lms.facilitation.FacilitationViews.RosterEntry;
import org.hocvu.lms.facilitation.FacilitationViews.RosterExport;
import org.hocvu.lms.facilitation.FacilitationViews.SessionInput;
import org.hocvu.lms.facilitation.FacilitationViews.SessionView;
import org.hocvu.lms.facilitation.FacilitationViews.SkillView;
import org.hocvu.lms.facilitation.FacilitationViews.TopicView;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.shared.Page;
import org.hocvu.lms.shared.PageRequest;

import java.util.List;

/**
 * A community digital-technology team's work: the unit's learners for attendance, what a session
 * can be about, the device's key, sessions and attendance. Every id is made on the device, so a
 * resend changes nothing. A facilitator acts only for their unit (their token's {@code unit}) and below.
 * People, verifications, reports and the offline batch are in {@link FacilitationRecordsResource}.
 */
@Path("/api/v1/facilitation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "facilitation")
public class FacilitationResource {
    @Inject
    SecurityIdentity identity;
    @Inject
    Facilitators facilitators;
    @Inject
    Rosters rosters;
    @Inject
    DeviceKeys keys;
    @Inject
    Sessions sessions;

    @GET
    @Path("roster")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "Learners of the caller's unit and below (or of ?unit= within it), by name, birth year; paged")
    public Page<RosterEntry> roster(@QueryParam("unit") String unit, @QueryParam("q") String q,
                                    @QueryParam("birthYear") String birthYear,
                                    @QueryParam("page") String page, @QueryParam("size") String size) {
        return rosters.roster(facilitators.of(identity), unit, q, birthYear, PageRequest.of(page, size));
    }

    @GET
    @Path("roster/export")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "A unit's whole list for the device's offline copy (at most hocvu.facilitation.export-limit, else 413)")
    public RosterExport export(@QueryParam("unit") String unit) {
        return rosters.export(facilitators.of(identity), unit);
    }

    @GET
    @Path("skills")
    @RolesAllowed({Roles.FACILITATOR, Roles.UNIT_MANAGER, Roles.CAMPAIGN_ADMIN, Roles.ADMIN})
    @Operation(summary = "Every plugin's practical skills, named in the caller's language")
    public List<SkillView> skills() {
        return rosters.skills();
    }

    @GET
    @Path("topics")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "What a session can be about: courses, lessons and practical skills")
    public List<TopicView> topics() {
        return rosters.topics();
    }

    @GET
    @Path("device-key")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "The key this sign-in's device encrypts its offline copy with; it expires")
    public DeviceKey deviceKey() {
        return keys.issue(facilitators.of(identity), identity);
    }

    @GET
    @Path("device-key/{keyId}")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "A key issued to the caller before, again, until it expires (404 after)")
    public DeviceKey deviceKey(@PathParam("keyId") String keyId) {
        return keys.again(facilitators.of(identity), keyId);
    }

    @PUT
    @Path("sessions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "Record or correct a session (id made on the device); the same body again changes nothing; another facilitator's id is 409")
    public SessionView session(@PathParam("id") String id, SessionInput body) {
        return sessions.put(facilitators.of(identity), Ids.uuid(id, "id"), body);
    }

    @PUT
    @Path("sessions/{id}/attendees/{learnerId}")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "The learner attended the session: one 'attended' statement, however often it is sent")
    public AttendanceView attend(@PathParam("id") String id, @PathParam("learnerId") String learnerId) {
        return sessions.attend(facilitators.of(identity), Ids.uuid(id, "id"), Ids.uuid(learnerId, "learnerId"));
    }
}
