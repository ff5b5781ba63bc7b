package org.hocvu.lms.facilitation;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import io.vertx.core.http.HttpServerRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hocvu.lms.facilitation.FacilitationViews.ClaimCode;
import org.hocvu.lms.facilitation.FacilitationViews.ClaimInput;
import org.hocvu.lms.facilitation.FacilitationViews.Claimed;
import org.hocvu.lms.facilitation.FacilitationViews.ConflictDecision;
import org.hocvu.lms.facilitation.FacilitationViews.ConflictView;
import org.hocvu.lms.facilitation.FacilitationViews.MergeInput;
import org.hocvu.lms.facilitation.FacilitationViews.Mine;
import org.hocvu.lms.facilitation.FacilitationViews.Overview;
import org.hocvu.lms.facilitation.FacilitationViews.PersonInput;
import org.hocvu.lms.facilitation.FacilitationViews.PersonView;
import org.hocvu.lms.facilitation.FacilitationViews.SyncBatch;
import org.hocvu.lms.facilitation.FacilitationViews.SyncResult;
import org.hocvu.lms.facilitation.FacilitationViews.VerificationInput;
import org.hocvu.lms.facilitation.FacilitationViews.VerificationView;
import org.hocvu.lms.facilitation.FacilitationViews.WithdrawInput;
import org.hocvu.lms.identity.Roles;

import java.util.List;

/**
 * People registered on the spot (and their conflicts and claim codes), skills verified and withdrawn,
 * the facilitator's and the manager's reports, and the offline batch. Ids are made on the device.
 */
@Path("/api/v1/facilitation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "facilitation")
public class FacilitationRecordsResource {
    @Inject
    SecurityIdentity identity;
    @Inject
    Facilitators facilitators;
    @Inject
    Registrations registrations;
    @Inject
    Conflicts conflicts;
    @Inject
    Claims claims;
    @Inject
    Verifications verifications;
    @Inject
    Reports reports;
    @Inject
    Sync sync;

    @PUT
    @Path("people/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "Register a person on the spot (name, birth year, unit, groups, consent read aloud); a look-alike is answered as a conflict")
    public PersonView register(@PathParam("id") String id, PersonInput body) {
        return registrations.register(facilitators.of(identity), Ids.uuid(id, "id"), body);
    }

    @GET
    @Path("conflicts")
    @RolesAllowed({Roles.FACILITATOR, Roles.UNIT_MANAGER, Roles.CAMPAIGN_ADMIN, Roles.ADMIN})
    @Operation(summary = "Open conflicts (a person registered who may be someone already known) in the caller's unit and below")
    public List<ConflictView> conflicts() {
        return conflicts.open(facilitators.of(identity));
    }

    @POST
    @Path("conflicts/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FACILITATOR, Roles.UNIT_MANAGER, Roles.CAMPAIGN_ADMIN, Roles.ADMIN})
    @Operation(summary = "One person: the other's attendances and verifications are voided and recorded again for the kept one")
    public ConflictDecision merge(@PathParam("id") String id, MergeInput body) {
        return conflicts.merge(facilitators.of(identity), Ids.uuid(id, "id"), body == null ? null : body.keep());
    }

    @POST
    @Path("conflicts/{id}/distinct")
    @RolesAllowed({Roles.FACILITATOR, Roles.UNIT_MANAGER, Roles.CAMPAIGN_ADMIN, Roles.ADMIN})
    @Operation(summary = "Two different people: the conflict is closed, nothing moves")
    public ConflictDecision distinct(@PathParam("id") String id) {
        return conflicts.distinct(facilitators.of(identity), Ids.uuid(id, "id"));
    }

    @POST
    @Path("people/{id}/claim-code")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "A one-time code (printed or shown) with which the person makes their own account; a new code replaces the last")
    public ClaimCode claimCode(@PathParam("id") String id) {
        return claims.issue(facilitators.of(identity), Ids.uuid(id, "id"));
    }

    @POST
    @Path("claim")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "A person registered with help makes their account with their code (too many wrong codes: 429)")
    public Claimed claim(ClaimInput body, @Context HttpServerRequest request) {
        return claims.claim(body, request.remoteAddress() == null ? "?" : request.remoteAddress().host());
    }

    @PUT
    @Path("verifications/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "A practical skill verified (a 'verified' statement with the facilitator as instructor); idempotent")
    public VerificationView verify(@PathParam("id") String id, VerificationInput body) {
        return verifications.verify(facilitators.of(identity), Ids.uuid(id, "id"), body);
    }

    @POST
    @Path("verifications/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FACILITATOR, Roles.UNIT_MANAGER, Roles.CAMPAIGN_ADMIN, Roles.ADMIN})
    @Operation(summary = "Withdraw a verification with a reason (its statement voided; the row kept for the audit)")
    public VerificationView withdraw(@PathParam("id") String id, WithdrawInput body) {
        return verifications.withdraw(facilitators.of(identity), Ids.uuid(id, "id"), body == null ? null : body.reason());
    }

    @GET
    @Path("mine")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "The caller's sessions, the people they helped and what each still lacks for their group's indicators")
    public Mine mine() {
        return reports.mine(facilitators.of(identity));
    }

    @GET
    @Path("overview")
    @RolesAllowed({Roles.UNIT_MANAGER, Roles.CAMPAIGN_ADMIN, Roles.ADMIN})
    @Operation(summary = "Per facilitator: sessions, people helped, skills verified and unusual bursts of verifications")
    public Overview overview(@QueryParam("unit") String unit) {
        return reports.overview(facilitators.of(identity), unit);
    }

    @POST
    @Path("sync")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "The device's offline acts in order, each in its own transaction; a resend creates nothing twice")
    public SyncResult sync(SyncBatch body) {
        return sync.apply(facilitators.of(identity), body);
    }
}
