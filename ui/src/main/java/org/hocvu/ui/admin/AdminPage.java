package org.hocvu.ui.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.plugin.PluginRegistry;
import org.hocvu.ui.error.ErrorPages;
import org.hocvu.ui.layout.Chrome;
import org.hocvu.ui.layout.NavEntry;
import org.hocvu.ui.layout.PageContext;
import org.hocvu.ui.profile.GroupChoice;

import java.util.List;

/**
 * The administrator's view of the installation: which target groups are installed and where the
 * operational endpoints are. A signed-in person without the role is told plainly which role it takes.
 */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@NavEntry(label = "nav_system", order = 90, roles = Roles.ADMIN)
public class AdminPage {
    @Inject
    PageContext page;
    @Inject
    PluginRegistry plugins;
    @Inject
    ErrorPages errorPages;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance system(Chrome chrome, List<GroupChoice> groups);
    }

    @GET
    public Response system() {
        // checked here rather than with @RolesAllowed: that check fails on the I/O thread, where the
        // page header cannot load the person's profile, and the JSON API's mapper would answer in JSON
        if (!page.identity().hasRole(Roles.ADMIN)) {
            return errorPages.response(403, page.chrome(), Roles.ADMIN);
        }
        List<GroupChoice> groups = plugins.targetGroupIds().stream()
                .map(id -> new GroupChoice(id, plugins.groupName(id, page.locale()), false))
                .toList();
        return Response.ok(Templates.system(page.chrome(), groups).setLocale(page.locale())).build();
    }
}
