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
import org.hocvu.lms.identity.MeView;
import org.hocvu.lms.plugin.PluginRegistry;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Messages;
import org.hocvu.lms.shared.Page;
import org.hocvu.ui.layout.Chrome;
import org.hocvu.ui.layout.NavEntry;
import org.hocvu.ui.layout.PageContext;

import java.net.URI;
import java.util.List;

/**
 * "About me": any signed-in person, about themselves. One form, one save: name, unit and groups are
 * sent together, so saving one never drops what was typed in another. Without JavaScript the "Tìm"
 * button and the result pages post the same form to {@code /me/search}, which shows it again as
 * typed with the units found (a POST, so the form's CSRF token never lands in a URL); with
 * JavaScript the results refresh as the person types ({@code /me/units} answers just the list).
 */
@Path("/me")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@NavEntry(label = "nav_me", order = 20)
public class ProfilePage {
    static final String PATH = "/me";

    @Inject
    PageContext page;
    @Inject
    IdentityService identities;
    @Inject
    PluginRegistry plugins;
    @Inject
    UnitChoices unitChoices;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(Chrome chrome, ProfileView view);

        static native TemplateInstance edit$unit_results(ProfileView view);
    }

    @GET
    public Response edit(@QueryParam("saved") String saved) {
        ProfileForm form = ProfileForm.saved(page.profile());
        return show(Response.Status.OK, page.chrome(), view(form, null, null, saved != null));
    }

    /** The list of units found, for the script that searches as the person types. */
    @GET
    @Path("units")
    public TemplateInstance unitResults(@QueryParam("q") String query, @QueryParam("page") String pageNumber) {
        ProfileForm form = ProfileForm.typed("", null, List.of(), query, pageNumber);
        return Templates.edit$unit_results(view(form, null, null, false)).setLocale(page.locale());
    }

    /** "Tìm" and the result pages without JavaScript: the form as typed, with the units found; nothing is saved. */
    @POST
    @Path("search")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response search(@FormParam("displayName") String displayName, @FormParam("unitCode") String unitCode,
                           @FormParam("targetGroups") List<String> groups, @FormParam("q") String query,
                           @FormParam("page") String pageNumber, @FormParam("shownPage") String shownPage) {
        ProfileForm form = ProfileForm.typed(displayName, unitCode, groups, query, pageNumber != null ? pageNumber : shownPage);
        return show(Response.Status.OK, page.chromeAt(PATH), view(form, null, null, false));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@FormParam("displayName") String displayName, @FormParam("unitCode") String unitCode,
                         @FormParam("targetGroups") List<String> groups, @FormParam("q") String query,
                         @FormParam("shownPage") String shownPage) {
        // a refused save shows the page of results the person chose from, so their choice is still there
        ProfileForm form = ProfileForm.typed(displayName, unitCode, groups, query, shownPage);
        try {
            page.profileChanged(identities.update(page.identity(), form.change()));
            return Response.seeOther(URI.create(PATH + "?saved=1")).build();
        } catch (ApiException refused) {
            String message = Messages.get(page.locale(), refused.messageKey(), refused.args());
            return show(refused.status(), page.chromeAt(PATH), view(form, refused.field(), message, false));
        }
    }

    private Response show(Response.StatusType status, Chrome chrome, ProfileView view) {
        return Response.status(status).entity(Templates.edit(chrome, view).setLocale(page.locale())).build();
    }

    private ProfileView view(ProfileForm form, String errorField, String errorMessage, boolean saved) {
        MeView me = page.profile();
        Page<UnitChoice> results = null;
        String field = errorField;
        String message = errorMessage;
        if (form.searched()) {
            try {
                results = unitChoices.find(form, page.locale());
            } catch (ApiException refused) {
                field = field != null ? field : refused.field();
                message = message != null ? message : Messages.get(page.locale(), refused.messageKey(), refused.args());
            }
        }
        List<GroupChoice> groups = plugins.targetGroupIds().stream()
                .map(id -> new GroupChoice(id, plugins.groupName(id, page.locale()), form.targetGroups().contains(id)))
                .toList();
        return new ProfileView(me, form, results, groups, field, message, saved);
    }
}
