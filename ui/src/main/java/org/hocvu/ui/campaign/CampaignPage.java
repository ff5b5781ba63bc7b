package org.hocvu.ui.campaign;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hocvu.lms.campaign.LearnerLists;
import org.hocvu.lms.campaign.NamesView;
import org.hocvu.lms.campaign.ProgressService;
import org.hocvu.lms.campaign.ProgressView;
import org.hocvu.lms.identity.Roles;
import org.hocvu.lms.shared.ApiException;
import org.hocvu.lms.shared.Messages;
import org.hocvu.ui.admin.AdminAccess;
import org.hocvu.ui.i18n.PageTexts;
import org.hocvu.ui.layout.Chrome;
import org.hocvu.ui.layout.NavEntry;
import org.hocvu.ui.layout.PageContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The campaign dashboard: a unit's group × indicator figures, the monthly trend (an SVG drawn here,
 * its numbers in a table too), the units below ranked furthest behind first with links to drill
 * down, the responsibilities, overdue ones first, and for a commune's own manager who has not yet
 * passed or completed. Works without JavaScript. A manager sees their unit and below (the API's scope
 * rules); each table exports as CSV and XLSX ({@link CampaignExports}), the unit as a monthly PDF.
 */
@Path(CampaignPage.PATH)
@Produces(MediaType.TEXT_HTML)
@Authenticated
@NavEntry(label = "nav_campaign", order = 60, roles = {Roles.UNIT_MANAGER, Roles.CAMPAIGN_ADMIN, Roles.ADMIN})
public class CampaignPage {
    static final String PATH = "/campaign";

    @Inject
    PageContext page;
    @Inject
    AdminAccess access;
    @Inject
    ProgressService progress;
    @Inject
    LearnerLists lists;
    @Inject
    Clock clock;

    /**
     * What the page shows: the figures, the chart's SVG and lines, the years one may switch to, and
     * for a commune's own manager the names of who has not yet passed or completed (else null).
     */
    public record View(ProgressView progress, String chart, List<TrendChart.Line> lines, List<Integer> years, NamesView names,
                       String error) {
        public String exportHref(String table) {
            return exportHref(table, "csv");
        }

        public String exportHref(String table, String format) {
            return PATH + "/export/" + table + "." + format + "?unit=" + progress.unit().code() + "&year=" + progress.year();
        }

        public String reportHref() {
            return PATH + "/report.pdf?unit=" + progress.unit().code() + "&year=" + progress.year();
        }

        public String unitHref(String code) {
            return PATH + "?unit=" + code + "&year=" + progress.year();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Chrome chrome, View view);
    }

    @GET
    public Response show(@QueryParam("unit") String unit, @QueryParam("year") String year) {
        return allowed().orElseGet(() -> {
            try {
                ProgressView figures = progress.progress(page.identity(), unit, year(year, clock), page.locale());
                return Response.ok(Templates.dashboard(page.chrome(), view(figures)).setLocale(page.locale())).build();
            } catch (ApiException refused) {
                View error = new View(null, null, List.of(), years(), null, Messages.get(page.locale(), refused.messageKey(), refused.args()));
                return Response.status(refused.status()).entity(Templates.dashboard(page.chrome(), error).setLocale(page.locale())).build();
            }
        });
    }

    private View view(ProgressView figures) {
        List<TrendChart.Line> lines = TrendChart.lines(figures);
        String title = PageTexts.get(page.locale(), "campaign_trend_title", figures.unit().name(), figures.year());
        String description = PageTexts.get(page.locale(), "campaign_trend_desc");
        NamesView names = lists.mayList(page.identity(), figures.unit().code())
                ? lists.notYetAchieved(page.identity(), figures.unit().code(), page.locale()) : null;
        return new View(figures, TrendChart.svg(figures.months(), lines, title, description), lines, years(), names, null);
    }

    private Optional<Response> allowed() {
        return access.refusal(page, Roles.UNIT_MANAGER, Roles.CAMPAIGN_ADMIN, Roles.ADMIN);
    }

    /** The campaign's years around this one, for the year switch. */
    private List<Integer> years() {
        int now = LocalDate.now(clock).getYear();
        return List.of(now - 1, now, now + 1);
    }

    static Integer year(String year, Clock clock) {
        if (year == null || year.isBlank()) {
            return LocalDate.now(clock).getYear();
        }
        try {
            return Integer.valueOf(year.trim());
        } catch (NumberFormatException e) {
            return -1; // the service answers a year out of range with its own message
        }
    }
}
