package org.hocvu.lms.unit;

import org.hocvu.lms.identity.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.hocvu.lms.shared.Page;
import org.hocvu.lms.shared.PageRequest;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

/** Administrative units: public facts to read; campaign admins add, rename, move and close units below a commune. */
@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "units")
public class UnitResource {
    @Inject
    UnitService units;
    @Inject
    UnitEditing editing;

    @GET
    @PermitAll
    @Operation(summary = "Provinces and cities, or the units right below ?parent=CODE")
    public List<UnitView> children(@QueryParam("parent") String parent) {
        return units.children(parent == null || parent.isBlank() ? null : parent);
    }

    @GET
    @Path("search")
    @PermitAll
    @Operation(summary = "Search units by today's or former names (also \"commune, province\"), accent- and case-insensitive, best first")
    public Page<UnitView> search(@QueryParam("q") String q, @QueryParam("page") String page,
                                 @QueryParam("size") String size) {
        return units.search(q, PageRequest.of(page, size));
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(summary = "One unit with its path from the province down")
    public UnitView get(@PathParam("code") String code) {
        return units.describe(code);
    }

    @GET
    @Path("former/{oldCode}")
    @PermitAll
    @Operation(summary = "A unit as it was before 2025-07-01, by its old code, and the new units it became")
    public FormerUnitLookup former(@PathParam("oldCode") String oldCode) {
        return units.former(oldCode);
    }

    @POST
    @RolesAllowed({Roles.CAMPAIGN_ADMIN, Roles.ADMIN})
    @Operation(summary = "Add a unit below a commune, ward or special zone (hamlet, agency, school, cooperative)")
    public Response create(NewUnit input) {
        UnitView created = units.create(input);
        return Response.created(URI.create("/api/v1/units/" + created.code())).entity(created).build();
    }

    @PATCH
    @Path("{code}")
    @RolesAllowed({Roles.CAMPAIGN_ADMIN, Roles.ADMIN})
    @Operation(summary = "Rename or move a unit added below a commune (name, kind, parentCode; absent fields stay); units below it move with it")
    public UnitView change(@PathParam("code") String code, UnitChange change) {
        return editing.change(code, change);
    }

    @POST
    @Path("{code}/close")
    @RolesAllowed({Roles.CAMPAIGN_ADMIN, Roles.ADMIN})
    @Operation(summary = "Close a unit added below a commune: kept with its history, no longer offered in search")
    public UnitView close(@PathParam("code") String code) {
        return editing.close(code);
    }
}
