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
import org.hocvu.ui.layout.Chrome;
import org.hocvu.ui.layout.NavEntry;
import org.hocvu.ui.layout.PageContext;
import org.hocvu.ui.profile.GroupChoice;

import java.util.List;

/**
 * The admin area's front page: admins and campaign admins. Each sees the tasks that are theirs —
 * campaign admins the units below a commune; admins also LRS credentials, CASE import, people and
 * roles, the installed target groups and where operations look.
 */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@NavEntry(label = "nav_system", order = 90, roles = {Roles.ADMIN, Roles.CAMPAIGN_ADMIN})
public class AdminPage {
    @Inject
    PageContext page;
    @Inject
    PluginRegistry plugins;
    @Inject
    AdminAccess access;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance system(Chrome chrome, boolean admin, List<GroupChoice> groups);
    }

    @GET
    public Response system() {
        return access.refusal(page, Roles.ADMIN, Roles.CAMPAIGN_ADMIN).orElseGet(() -> {
            List<GroupChoice> groups = plugins.targetGroupIds().stream()
                    .map(id -> new GroupChoice(id, plugins.groupName(id, page.locale()), false))
                    .toList();
            boolean admin = page.identity().hasRole(Roles.ADMIN);
            return Response.ok(Templates.system(page.chrome(), admin, groups).setLocale(page.locale())).build();
        });
    }
}
