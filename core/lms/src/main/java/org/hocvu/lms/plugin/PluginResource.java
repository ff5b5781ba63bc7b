package org.hocvu.lms.plugin;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hocvu.lms.shared.Messages;

import java.util.List;

/** Target-group plugins: public facts about the campaign's groups. */
@Path("/api/v1/plugins")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "plugins")
public class PluginResource {
    @Inject
    PluginRegistry registry;

    @GET
    @PermitAll
    @Operation(summary = "The target-group plugins of this deployment")
    public List<PluginViews.Summary> list(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        return registry.list(Messages.requested(lang, headers.getAcceptableLanguages()));
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "One plugin: eligibility, indicators, practical skills, test blueprint, curriculum with package status")
    public PluginViews.Detail get(@PathParam("id") String id, @QueryParam("lang") String lang,
                                  @Context HttpHeaders headers) {
        return registry.detail(id, Messages.requested(lang, headers.getAcceptableLanguages()));
    }
}
