package org.hocvu.ui.facilitation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.hocvu.lms.facilitation.DeviceKeys;
import org.hocvu.lms.facilitation.FacilitationViews.DeviceKey;
import org.hocvu.lms.facilitation.FacilitationViews.RosterEntry;
import org.hocvu.lms.facilitation.FacilitationViews.RosterExport;
import org.hocvu.lms.facilitation.FacilitationViews.SkillView;
import org.hocvu.lms.facilitation.FacilitationViews.SyncBatch;
import org.hocvu.lms.facilitation.FacilitationViews.SyncResult;
import org.hocvu.lms.facilitation.FacilitationViews.TopicView;
import org.hocvu.lms.facilitation.Facilitator;
import org.hocvu.lms.facilitation.Facilitators;
import org.hocvu.lms.facilitation.Rosters;
import org.hocvu.lms.facilitation.Sync;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.plugin.PluginRegistry;
import org.hocvu.lms.unit.UnitService;
import org.hocvu.lms.unit.UnitView;
import org.hocvu.ui.layout.PageContext;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What the notebook's script asks for, with the page's session (the JSON API wants a bearer token a
 * page does not hold): the device key, the offline copy of the unit, and the batch of acts recorded
 * offline. Each answer comes from the facilitation context's services, as its API's would. JSON bodies
 * only: a page of another site cannot post JSON here without a CORS preflight, which nothing grants.
 */
@Path("/facilitate/data")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.FACILITATOR)
public class FacilitationData {
    /** How many units below the facilitator's the place list holds: hamlets of a commune are far fewer. */
    static final int MAX_UNITS = 500;

    @Inject
    PageContext page;
    @Inject
    Facilitators facilitators;
    @Inject
    DeviceKeys keys;
    @Inject
    Rosters rosters;
    @Inject
    Sync sync;
    @Inject
    UnitService units;
    @Inject
    PluginRegistry plugins;

    /** A unit a session can be held in or a person registered in. */
    public record Place(String code, String name) {
    }

    /** A target group to register someone in, named in the page's language. */
    public record Group(String id, String name) {
    }

    /** Everything attendance needs offline, kept on the device encrypted. */
    public record OfflineCopy(String unitCode, String username, Instant madeAt, List<RosterEntry> learners,
                              List<SkillView> skills, List<TopicView> topics, List<Place> units, List<Group> groups) {
    }

    @GET
    @Path("device-key")
    public DeviceKey deviceKey() {
        return keys.issue(facilitator(), page.identity());
    }

    @GET
    @Path("device-key/{keyId}")
    public DeviceKey deviceKey(@PathParam("keyId") String keyId) {
        return keys.again(facilitator(), keyId);
    }

    @GET
    @Path("offline-copy")
    public OfflineCopy offlineCopy() {
        Facilitator f = facilitator();
        RosterExport roster = rosters.export(f, f.unitCode());
        List<Group> groups = plugins.targetGroupIds().stream()
                .map(id -> new Group(id, plugins.groupName(id, page.locale()))).toList();
        return new OfflineCopy(f.unitCode(), page.profile().username(), roster.madeAt(), roster.learners(),
                rosters.skills(), rosters.topics(), placesWithin(f.unitCode()), groups);
    }

    @POST
    @Path("sync")
    @Consumes(MediaType.APPLICATION_JSON)
    public SyncResult sync(SyncBatch batch) {
        return sync.apply(facilitator(), batch);
    }

    /** The facilitator's unit and the units below it, nearest first. */
    private List<Place> placesWithin(String unitCode) {
        List<Place> places = new ArrayList<>();
        Deque<UnitView> next = new ArrayDeque<>(List.of(units.get(unitCode)));
        while (!next.isEmpty() && places.size() < MAX_UNITS) {
            UnitView unit = next.removeFirst();
            places.add(new Place(unit.code(), unit.name()));
            units.children(unit.code()).stream().filter(u -> !u.closed()).forEach(next::addLast);
        }
        return places;
    }

    private Facilitator facilitator() {
        return facilitators.of(page.identity());
    }
}
