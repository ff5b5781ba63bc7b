package org.hocvu.ui.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.identity.people.PeopleService;
import org.hocvu.lms.identity.people.PersonView;
import org.hocvu.lms.identity.people.RoleChange;
import org.hocvu.lms.plugin.PluginRegistry;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Messages;
import org.hocvu.lms.shared.Page;
import org.hocvu.lms.shared.PageRequest;
import org.hocvu.ui.i18n.Texts;
import org.hocvu.ui.layout.Chrome;
import org.hocvu.ui.layout.PageContext;
import org.hocvu.ui.layout.Words;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * People with their roles, unit and groups: admins only. Searched and paged in Keycloak; roles are
 * changed there through its admin API (HọcVụ keeps no second list of people or roles).
 */
@Path("/admin/people")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Authenticated
public class PeoplePage {
    static final String PATH = "/admin/people";
    static final int PER_PAGE = 10;

    @Inject
    PageContext page;
    @Inject
    AdminAccess access;
    @Inject
    PeopleService people;
    @Inject
    PluginRegistry plugins;

    /** A role as a checkbox in a person's row. */
    public record RoleChoice(String role, String name, boolean held) {
    }

    /** A person's row: who, where, which groups, the roles to tick. */
    public record Row(PersonView person, String roleNames, String unit, String groups, List<RoleChoice> roles) {
    }

    public record View(String query, Page<Row> found, String error, String saved) {
        public boolean hasPrevious() {
            return found != null && found.page() > 0;
        }

        public boolean hasNext() {
            return found != null && (long) (found.page() + 1) * found.size() < found.total();
        }

        public String pageHref(int number) {
            return PATH + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&page=" + number;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance people(Chrome chrome, View view);
    }

    @GET
    public Response search(@QueryParam("q") String query, @QueryParam("page") String pageNumber, @QueryParam("saved") String saved) {
        return access.refusal(page, Roles.ADMIN).orElseGet(() -> {
            String q = query == null ? "" : query.strip();
            try {
                Page<Row> found = people.search(q, PageRequest.of(pageNumber, String.valueOf(PER_PAGE))).map(this::row);
                String savedName = saved == null ? null : found.items().stream().map(Row::person)
                        .filter(p -> p.id().equals(saved)).map(PersonView::name).findFirst().orElse(null);
                return render(Response.Status.OK, page.chrome(), new View(q, found, null, savedName));
            } catch (ApiException refused) {
                return render(refused.status(), page.chrome(), new View(q, null, message(refused), null));
            }
        });
    }

    @POST
    @Path("{id}/roles")
    public Response changeRoles(@PathParam("id") String id, @FormParam("roles") List<String> roles, @FormParam("q") String query) {
        return access.refusal(page, Roles.ADMIN).orElseGet(() -> {
            String q = query == null ? "" : query.strip();
            try {
                people.changeRoles(id, new RoleChange(roles == null ? null : new HashSet<>(roles)), page.identity());
                return Response.seeOther(URI.create(PATH + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                        + "&saved=" + URLEncoder.encode(id, StandardCharsets.UTF_8))).build();
            } catch (ApiException refused) {
                Page<Row> found = null;
                try {
                    found = people.search(q, new PageRequest(0, PER_PAGE)).map(this::row);
                } catch (ApiException stillRefused) {
                    // Keycloak is away: the message above says so, the list stays empty
                }
                return render(refused.status(), page.chromeAt(PATH), new View(q, found, message(refused), null));
            }
        });
    }

    private Row row(PersonView person) {
        Locale locale = page.locale();
        List<RoleChoice> roles = PeopleService.GRANTABLE.stream()
                .map(r -> new RoleChoice(r, Texts.roleName(locale, r), person.roles().contains(r))).toList();
        String unit = person.unit() == null ? Texts.get(locale, "me_unit_none") : Words.address(person.unit());
        String groups = person.targetGroups().isEmpty() ? Texts.get(locale, "me_groups_none")
                : String.join(", ", Words.groups(person.targetGroups(), plugins, locale));
        return new Row(person, Words.roles(person.roles(), locale), unit, groups, roles);
    }

    private String message(ApiException refused) {
        return Messages.get(page.locale(), refused.messageKey(), refused.args());
    }

    private Response render(Response.StatusType status, Chrome chrome, View view) {
        return Response.status(status).entity(Templates.people(chrome, view).setLocale(page.locale())).build();
    }
}
