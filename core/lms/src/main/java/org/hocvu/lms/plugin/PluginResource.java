package org.hocvu.lms.plugin;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hocvu.lms.shared.RequestLanguage;

import java.util.List;

/** Target-group plugins: public facts about the campaign's groups. */
@Path("/api/v1/plugins")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "plugins")
public class PluginResource {
    @Inject
    PluginRegistry registry;
    @Inject
    RequestLanguage language;

    @GET
    @PermitAll
    @Operation(summary = "The target-group plugins of this deployment")
    public List<PluginViews.Summary> list() {
        return registry.list(language.locale());
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "One plugin: eligibility, indicators, practical skills, test blueprint, curriculum with package status")
    public PluginViews.Detail get(@PathParam("id") String id) {
        return registry.detail(id, language.locale());
    }
}
