package org.hocvu.ui.facilitation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
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
import org.hocvu.lms.facilitation.Conflicts;
import org.hocvu.lms.facilitation.FacilitationViews.ConflictDecision;
import org.hocvu.lms.facilitation.FacilitationViews.ConflictView;
import org.hocvu.lms.facilitation.Facilitators;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.ui.layout.Chrome;
import org.hocvu.ui.layout.PageContext;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.List;

/**
 * Registrations that may be someone already known (same folded name, birth year and unit), for the
 * facilitator or a manager to settle with plain forms: keep one person (the other's statements are
 * voided and recorded again for the kept one, by the engine) or mark them as two different people.
 */
@Path("/facilitate/conflicts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FACILITATOR, Roles.UNIT_MANAGER, Roles.CAMPAIGN_ADMIN, Roles.ADMIN})
public class ConflictsPage {
    @Inject
    PageContext page;
    @Inject
    Facilitators facilitators;
    @Inject
    Conflicts conflicts;

    @CheckedTemplate(basePath = "facilitation")
    static class Templates {
        static native TemplateInstance conflicts(Chrome chrome, List<ConflictView> open, String notice);
    }

    @GET
    public TemplateInstance list(@QueryParam("merged") Integer merged, @QueryParam("distinct") String distinct) {
        String notice = merged != null ? msg("facil_conflict_merged", merged)
                : distinct != null ? msg("facil_conflict_marked") : null;
        return Templates.conflicts(page.chrome(), conflicts.open(facilitators.of(page.identity())), notice)
                .setLocale(page.locale());
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response merge(@PathParam("id") String id, @FormParam("keep") String keep) {
        ConflictDecision done = conflicts.merge(facilitators.of(page.identity()), FacilitationProblems.uuid(id, "id"),
                FacilitationProblems.uuid(keep, "keep"));
        return Response.seeOther(URI.create("/facilitate/conflicts?merged=" + done.statementsMoved())).build();
    }

    @POST
    @Path("{id}/distinct")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response distinct(@PathParam("id") String id) {
        conflicts.distinct(facilitators.of(page.identity()), FacilitationProblems.uuid(id, "id"));
        return Response.seeOther(URI.create("/facilitate/conflicts?distinct=1")).build();
    }

    @ServerExceptionMapper
    public Response refused(ApiException refused) {
        return FacilitationProblems.page(refused, FacilitatePage.Templates.problem(page.chromeAt("/facilitate/conflicts"),
                FacilitationProblems.message(refused, page.locale()), "/facilitate/conflicts").setLocale(page.locale()));
    }

    private String msg(String key, Object... args) {
        return org.hocvu.ui.i18n.PageTexts.get(page.locale(), key, args);
    }
}
