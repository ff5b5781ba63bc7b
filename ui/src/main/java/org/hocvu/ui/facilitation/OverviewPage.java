package org.hocvu.ui.facilitation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.facilitation.FacilitationViews.FacilitatorSummary;
import org.hocvu.lms.facilitation.FacilitationViews.Overview;
import org.hocvu.lms.facilitation.Facilitators;
import org.hocvu.lms.facilitation.Reports;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.unit.UnitService;
import org.hocvu.ui.i18n.PageTexts;
import org.hocvu.ui.layout.Chrome;
import org.hocvu.ui.layout.NavEntry;
import org.hocvu.ui.layout.PageContext;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * The managers' view of the digital-technology teams in their unit and below (a plain GET form, no
 * script): per facilitator, sessions, people helped, skills verified, and bursts of verifications
 * the engine flags. A unit outside the manager's is refused with the engine's reason.
 */
@Path("/facilitate/overview")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.UNIT_MANAGER, Roles.CAMPAIGN_ADMIN, Roles.ADMIN})
@NavEntry(label = "nav_facilitate_overview", order = 65, roles = {Roles.UNIT_MANAGER, Roles.CAMPAIGN_ADMIN, Roles.ADMIN})
public class OverviewPage {
    @Inject
    PageContext page;
    @Inject
    Facilitators facilitators;
    @Inject
    Reports reports;
    @Inject
    UnitService units;

    /** One facilitator's line; {@code flags} already worded ("12 verifications from 08:01 to 08:02"). */
    public record Line(String name, int sessions, int people, int skills, List<String> flags) {
    }

    public record View(String unitCode, String unitName, List<Line> lines) {
    }

    @CheckedTemplate(basePath = "facilitation")
    static class Templates {
        static native TemplateInstance overview(Chrome chrome, View view);
    }

    @GET
    public TemplateInstance show(@QueryParam("unit") String unit) {
        Overview overview = reports.overview(facilitators.of(page.identity()), unit == null || unit.isBlank() ? null : unit.strip());
        List<Line> lines = overview.facilitators().stream().map(this::line).toList();
        View view = new View(overview.unitCode(), units.get(overview.unitCode()).name(), lines);
        return Templates.overview(page.chrome(), view).setLocale(page.locale());
    }

    @ServerExceptionMapper
    public Response refused(ApiException refused) {
        return FacilitationProblems.page(refused, FacilitatePage.Templates.problem(page.chromeAt("/facilitate/overview"),
                FacilitationProblems.message(refused, page.locale()), "/campaign").setLocale(page.locale()));
    }

    private Line line(FacilitatorSummary s) {
        List<String> flags = s.flags().stream().map(f -> PageTexts.get(page.locale(), "facil_overview_flag",
                f.verifications(), FacilitationWords.when(f.from()), FacilitationWords.when(f.to()))).toList();
        return new Line(s.name(), s.sessions(), s.peopleHelped(), s.skillsVerified(), flags);
    }
}
