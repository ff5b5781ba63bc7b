package org.hocvu.ui.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.course.LearningPathService;
import org.hocvu.lms.course.LearningViews;
import org.hocvu.lms.identity.MeView;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.plugin.PluginRegistry;
import org.hocvu.ui.error.ErrorPages;
import org.hocvu.ui.layout.Chrome;
import org.hocvu.ui.layout.NavEntry;
import org.hocvu.ui.layout.PageContext;
import org.hocvu.ui.layout.Words;

import java.net.URI;
import java.util.List;

/** The front door: a welcome for visitors, the learner's home once signed in, signing in and out. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@NavEntry(label = "nav_home", order = 10)
public class HomePage {
    @Inject
    PageContext page;
    @Inject
    PluginRegistry plugins;
    @Inject
    ErrorPages errorPages;
    @Inject
    LearningPathService paths;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance welcome(Chrome chrome);

        static native TemplateInstance home(Chrome chrome, HomeView home);

        static native TemplateInstance signedOut(Chrome chrome);
    }

    @GET
    @PermitAll
    public TemplateInstance home() {
        if (!page.signedIn()) {
            return Templates.welcome(page.chrome()).setLocale(page.locale());
        }
        MeView me = page.profile();
        LearningViews.Learning learning = page.identity().hasRole(Roles.LEARNER)
                ? paths.learning(me.id(), me.targetGroups(), page.locale()) : new LearningViews.Learning(List.of());
        HomeView home = new HomeView(me, Words.roles(me.roles(), page.locale()), Words.address(me.unit()),
                Words.groups(me.targetGroups(), plugins, page.locale()), learning);
        return Templates.home(page.chrome(), home).setLocale(page.locale());
    }

    /** Signing in is the OIDC code flow: reaching this path needs a session, Quarkus asks Keycloak for one. */
    @GET
    @Path("signin")
    @Authenticated
    public Response signIn() {
        return Response.seeOther(URI.create("/")).build();
    }

    /** Where Keycloak sends a person back after signing out of both HọcVụ and Keycloak. */
    @GET
    @Path("signed-out")
    @PermitAll
    public TemplateInstance signedOut() {
        return Templates.signedOut(page.chrome()).setLocale(page.locale());
    }

    /** Where Keycloak sends a person whose sign-in failed or who cancelled it. */
    @GET
    @Path("signin-failed")
    @PermitAll
    public Response signInFailed() {
        return errorPages.response(401, page.chrome(), null);
    }
}
