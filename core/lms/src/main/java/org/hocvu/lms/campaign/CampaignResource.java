package org.hocvu.lms.campaign;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.RequestLanguage;

import java.util.Map;
import java.util.UUID;

/** The campaign: progress for managers (their unit and below); baselines, targets and responsibilities for campaign admins. */
@Path("/api/v1/campaign")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "campaign")
public class CampaignResource {
    @Inject
    SecurityIdentity identity;
    @Inject
    RequestLanguage language;
    @Inject
    ProgressService progress;
    @Inject
    Baselines baselines;
    @Inject
    Targets targets;
    @Inject
    Responsibilities responsibilities;
    @Inject
    CampaignRebuild rebuild;
    @Inject
    LearnerLists lists;
    @Inject
    ImportedFigures imported;
    @Inject
    ImportLog imports;

    @GET
    @Path("progress")
    @RolesAllowed({Roles.UNIT_MANAGER, Roles.CAMPAIGN_ADMIN, Roles.ADMIN})
    @Operation(summary = "A unit's figures for a year: group × indicator, units below ranked furthest behind first, responsibilities, monthly trend")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressView.class)))
    public Response progress(@QueryParam("unit") String unit, @QueryParam("year") String year) {
        // written once per cached figures: the province's JSON is too large to write on every read
        return Response.ok(progress.progressJson(identity, unit, year(year), language.locale()), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    @GET
    @Path("names")
    @RolesAllowed(Roles.UNIT_MANAGER)
    @Operation(summary = "For a commune's own manager: per group, who has not yet passed the standard test or completed the curriculum")
    public NamesView names(@QueryParam("unit") String unit) {
        return lists.notYetAchieved(identity, unit, language.locale());
    }

    @POST
    @Path("baselines")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.CAMPAIGN_ADMIN, Roles.ADMIN})
    @Operation(summary = "Import population baselines (CSV: year,group,unit,population[,old_unit]); answers a report per row")
    public BaselineReport importBaselines(byte[] csv) {
        return baselines.importCsv(csv, identity.getPrincipal().getName(), language.locale());
    }

    @POST
    @Path("figures")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.CAMPAIGN_ADMIN, Roles.ADMIN})
    @Operation(summary = "Import figures another system knows (CSV: group,unit,figure,value,source,as_of[,old_unit]); answers a report per row")
    public FigureReport importFigures(byte[] csv) {
        return imported.importCsv(csv, identity.getPrincipal().getName(), language.locale());
    }

    @GET
    @Path("imports")
    @RolesAllowed({Roles.CAMPAIGN_ADMIN, Roles.ADMIN})
    @Operation(summary = "The latest baseline and figure imports, newest first, with their refused rows")
    public java.util.List<ImportLog.Entry> imports() {
        return imports.latest(ImportLog.LATEST);
    }

    @PUT
    @Path("targets")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CAMPAIGN_ADMIN, Roles.ADMIN})
    @Operation(summary = "Set a unit's target for a year, group and indicator (holds for the units below unless they set their own)")
    public Response setTarget(TargetChange change) {
        targets.set(change, identity.getPrincipal().getName());
        return Response.noContent().build();
    }

    @DELETE
    @Path("targets")
    @RolesAllowed({Roles.CAMPAIGN_ADMIN, Roles.ADMIN})
    @Operation(summary = "Remove a unit's own target: the one above it (or the plugin's) holds again")
    public Response clearTarget(@QueryParam("year") String year, @QueryParam("group") String group,
                                @QueryParam("indicator") String indicator, @QueryParam("unit") String unit) {
        boolean removed = targets.clear(year(year), group, indicator, unit);
        return Response.status(removed ? Response.Status.NO_CONTENT : Response.Status.NOT_FOUND).build();
    }

    @POST
    @Path("responsibilities")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CAMPAIGN_ADMIN, Roles.ADMIN})
    @Operation(summary = "Name who answers for a target in a unit, and the deadline")
    public Response assign(NewResponsibility responsibility) {
        UUID id = responsibilities.assign(responsibility, identity.getPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
    }

    @DELETE
    @Path("responsibilities/{id}")
    @RolesAllowed({Roles.CAMPAIGN_ADMIN, Roles.ADMIN})
    @Operation(summary = "Remove a responsibility")
    public Response remove(@PathParam("id") String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("campaign.responsibility.not-found", id);
        }
        if (!responsibilities.remove(uuid)) {
            throw ApiException.notFound("campaign.responsibility.not-found", id);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("rebuild")
    @RolesAllowed({Roles.CAMPAIGN_ADMIN, Roles.ADMIN})
    @Operation(summary = "Recompute the progress from statement zero (figures are the same as the incremental path's)")
    public Response rebuild() {
        rebuild.rebuild();
        return Response.noContent().build();
    }

    private static Integer year(String year) {
        try {
            return year == null || year.isBlank() ? null : Integer.valueOf(year.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("year", "campaign.year.range", Baselines.FIRST_YEAR, Baselines.LAST_YEAR);
        }
    }
}
