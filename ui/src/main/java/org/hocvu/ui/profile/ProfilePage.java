package org.hocvu.ui.profile;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.identity.IdentityService;
import org.hocvu.lms.identity.MeUpdate;
import org.hocvu.lms.identity.MeView;
import org.hocvu.lms.plugin.PluginRegistry;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Messages;
import org.hocvu.lms.shared.Page;
import org.hocvu.lms.shared.PageRequest;
import org.hocvu.lms.unit.UnitView;
import org.hocvu.lms.unit.UnitService;
import org.hocvu.ui.i18n.Texts;
import org.hocvu.ui.layout.Chrome;
import org.hocvu.ui.layout.NavEntry;
import org.hocvu.ui.layout.PageContext;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * "About me": the signed-in person's name, unit and groups. Three small forms, each saving one
 * thing, so every one works without JavaScript; the unit search is a plain GET form whose results
 * the script refreshes as the person types ({@code /me/units} answers just the list).
 */
@Path("/me")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@NavEntry(label = "nav_me", order = 20)
public class ProfilePage {
    static final String PATH = "/me";
    static final int RESULTS_SHOWN = 10;
    /** The page's sections, each with its own form; a saved one says so in place. */
    static final Set<String> SECTIONS = Set.of("name", "unit", "groups");

    @Inject
    PageContext page;
    @Inject
    IdentityService identities;
    @Inject
    UnitService units;
    @Inject
    PluginRegistry plugins;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(Chrome chrome, ProfileView view);

        static native TemplateInstance edit$unit_results(ProfileView view);
    }

    @GET
    public Response edit(@QueryParam("q") String query, @QueryParam("saved") String saved) {
        return show(Response.Status.OK, page.chrome(), query, null, null, null, saved != null && SECTIONS.contains(saved) ? saved : null);
    }

    @GET
    @Path("units")
    public TemplateInstance unitResults(@QueryParam("q") String query) {
        return Templates.edit$unit_results(view(query, null, null, null, null)).setLocale(page.locale());
    }

    @POST
    @Path("name")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveName(@FormParam("displayName") String displayName) {
        return save("name", new MeUpdate(displayName == null ? "" : displayName, null, null), null, displayName);
    }

    @POST
    @Path("unit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveUnit(@FormParam("unitCode") String unitCode, @FormParam("q") String query) {
        if (unitCode == null || unitCode.isBlank()) {
            return show(Response.Status.BAD_REQUEST, page.chromeAt(PATH), query, "unitCode",
                    Texts.get(page.locale(), "me_unit_required"), null, null);
        }
        return save("unit", new MeUpdate(null, unitCode, null), query, null);
    }

    @POST
    @Path("groups")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveGroups(@FormParam("targetGroups") List<String> groups) {
        Set<String> chosen = groups == null ? Set.of() : new LinkedHashSet<>(groups);
        return save("groups", new MeUpdate(null, null, chosen), null, null);
    }

    private Response save(String section, MeUpdate change, String query, String typedName) {
        try {
            page.profileChanged(identities.update(page.identity(), change));
            // back to the section just saved, where the notice appears
            return Response.seeOther(URI.create(PATH + "?saved=" + section + "#" + section + "-h")).build();
        } catch (ApiException refused) {
            String message = Messages.get(page.locale(), refused.messageKey(), refused.args());
            ProfileView view = view(query, refused.field(), message, typedName, null);
            return Response.status(refused.status()).entity(Templates.edit(page.chromeAt(PATH), view).setLocale(page.locale())).build();
        }
    }

    private Response show(Response.Status status, Chrome chrome, String query, String errorField, String errorMessage,
                          String typedName, String saved) {
        ProfileView view = view(query, errorField, errorMessage, typedName, saved);
        return Response.status(status).entity(Templates.edit(chrome, view).setLocale(page.locale())).build();
    }

    private ProfileView view(String query, String errorField, String errorMessage, String typedName, String saved) {
        MeView me = page.profile();
        Page<UnitView> results = null;
        String field = errorField;
        String message = errorMessage;
        if (query != null && !query.isBlank()) {
            try {
                results = units.search(query, new PageRequest(0, RESULTS_SHOWN));
            } catch (ApiException refused) {
                field = refused.field();
                message = Messages.get(page.locale(), refused.messageKey(), refused.args());
            }
        }
        List<GroupChoice> groups = plugins.targetGroupIds().stream()
                .map(id -> new GroupChoice(id, plugins.groupName(id, page.locale()), me.targetGroups().contains(id)))
                .toList();
        return new ProfileView(me, typedName != null ? typedName : me.displayName(), query == null ? "" : query,
                results, groups, field, message, saved);
    }
}
