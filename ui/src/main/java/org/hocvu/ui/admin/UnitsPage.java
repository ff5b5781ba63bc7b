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
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Messages;
import org.hocvu.lms.shared.Page;
import org.hocvu.lms.shared.PageRequest;
import org.hocvu.lms.unit.NewUnit;
import org.hocvu.lms.unit.UnitChange;
import org.hocvu.lms.unit.UnitEditing;
import org.hocvu.lms.unit.UnitService;
import org.hocvu.lms.unit.UnitView;
import org.hocvu.ui.layout.Chrome;
import org.hocvu.ui.layout.PageContext;
import org.hocvu.ui.layout.Words;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Units below a commune (hamlets, quarters, agencies, schools, cooperatives): campaign admins and
 * admins. Find a commune, see what is below it, add a unit there; rename, move or close a unit that
 * was added (official units follow the state's list). A refused form shows again as typed, saying why.
 */
@Path("/admin/units")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Authenticated
public class UnitsPage {
    static final String PATH = "/admin/units";
    static final int PER_PAGE = 20;
    static final Set<String> DONE = Set.of("added", "changed", "closed");

    @Inject
    PageContext page;
    @Inject
    AdminAccess access;
    @Inject
    UnitService units;
    @Inject
    UnitEditing editing;

    /** What a unit's forms show: as saved, or as typed when a change was refused. */
    public record Typed(String name, String kind, String parentCode) {
        static final Typed NOTHING = new Typed("", "", "");
    }

    /**
     * @param unit     the unit being looked at, with its path; null before one is chosen
     * @param found    units found for {@code query}; null when nothing was searched
     * @param below    the units right below {@code unit}
     * @param typedNew what the "add" form holds; {@code typedEdit} what the rename/move form holds
     */
    public record View(String query, Page<UnitView> found, UnitView unit, List<UnitView> below, Typed typedNew,
                       Typed typedEdit, String error, String done) {
        public String address(UnitView u) {
            return Words.address(u);
        }

        public boolean canAddBelow() {
            return unit != null && unit.communeOrBelow() && !unit.closed();
        }

        public boolean editable() {
            return unit != null && !unit.official() && !unit.closed();
        }

        public boolean hasNext() {
            return (long) (found.page() + 1) * found.size() < found.total();
        }

        public String nextHref() {
            return PATH + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&page=" + (found.page() + 1);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance units(Chrome chrome, View view);
    }

    @GET
    public Response show(@QueryParam("unit") String code, @QueryParam("q") String query, @QueryParam("page") String pageNumber,
                         @QueryParam("done") String done) {
        return allowed().orElseGet(() -> {
            try {
                Page<UnitView> found = query == null || query.isBlank() ? null
                        : units.search(query, PageRequest.of(pageNumber, String.valueOf(PER_PAGE)));
                View view = view(query, found, code, null, null, null, done != null && DONE.contains(done) ? done : null);
                return render(Response.Status.OK, page.chrome(), view);
            } catch (ApiException refused) {
                return render(refused.status(), page.chrome(), view(query, null, null, null, null, message(refused), null));
            }
        });
    }

    @POST
    public Response add(@FormParam("parentCode") String parentCode, @FormParam("name") String name, @FormParam("kind") String kind) {
        return allowed().orElseGet(() -> {
            try {
                UnitView added = units.create(new NewUnit(parentCode, name, kind, null));
                return done(added.code(), "added");
            } catch (ApiException refused) {
                Typed typed = new Typed(orEmpty(name), orEmpty(kind), "");
                return refusedAt(parentCode, typed, null, refused);
            }
        });
    }

    @POST
    @Path("{code}")
    public Response change(@PathParam("code") String code, @FormParam("name") String name, @FormParam("kind") String kind,
                           @FormParam("parentCode") String parentCode) {
        return allowed().orElseGet(() -> {
            try {
                editing.change(code, new UnitChange(name, kind, parentCode == null || parentCode.isBlank() ? null : parentCode.strip()));
                return done(code, "changed");
            } catch (ApiException refused) {
                return refusedAt(code, null, new Typed(orEmpty(name), orEmpty(kind), orEmpty(parentCode)), refused);
            }
        });
    }

    @POST
    @Path("{code}/close")
    public Response close(@PathParam("code") String code) {
        return allowed().orElseGet(() -> {
            try {
                editing.close(code);
                return done(code, "closed");
            } catch (ApiException refused) {
                return refusedAt(code, null, null, refused);
            }
        });
    }

    private java.util.Optional<Response> allowed() {
        return access.refusal(page, Roles.CAMPAIGN_ADMIN, Roles.ADMIN);
    }

    private Response done(String code, String what) {
        return Response.seeOther(URI.create(PATH + "?unit=" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&done=" + what)).build();
    }

    /** The unit's page again, its forms as typed, the reason above them. */
    private Response refusedAt(String code, Typed typedNew, Typed typedEdit, ApiException refused) {
        String at = code != null && units.exists(code) ? code : null;
        return render(refused.status(), page.chromeAt(PATH), view(null, null, at, typedNew, typedEdit, message(refused), null));
    }

    private View view(String query, Page<UnitView> found, String code, Typed typedNew, Typed typedEdit, String error, String done) {
        UnitView unit = code == null || code.isBlank() || !units.exists(code) ? null : units.describe(code);
        List<UnitView> below = unit == null ? List.of() : units.children(unit.code());
        Typed edit = typedEdit != null ? typedEdit : unit == null ? Typed.NOTHING : new Typed(unit.name(), unit.kind(), "");
        return new View(query == null ? "" : query, found, unit, below, typedNew == null ? Typed.NOTHING : typedNew, edit, error, done);
    }

    private String message(ApiException refused) {
        return Messages.get(page.locale(), refused.messageKey(), refused.args());
    }

    private Response render(Response.StatusType status, Chrome chrome, View view) {
        return Response.status(status).entity(Templates.units(chrome, view).setLocale(page.locale())).build();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
